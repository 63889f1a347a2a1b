// Word lists that tell what kind of thing an unknown capitalised name is.

export const ORG_HEADS = new Set(
  (
    "Ministry Committee Council Institute Institution Network Centre Center Company Corporation Corp Bureau Division " +
    "Department Agency Army Party Association University College Embassy Consulate Office Bank Organization " +
    "Organisation Commission Foundation Alliance Federation Union Front Forces Police Court Assembly Parliament " +
    "Government Group Trading Enterprise Enterprises Industries Society Coalition Watch Monitor Times News Post " +
    "Ilbo Daily Radio Broadcasting Service Academy Authority Administration Secretariat Command Navy Unit Club"
  ).split(" "),
);

export const EVENT_HEADS = new Set(
  "Congress Summit Conference Games Olympics Forum Festival War Pandemic Election Elections Plenum Meeting Talks Crisis".split(
    " ",
  ),
);

export const PLACE_HEADS = new Set(
  (
    "River Province City County Port Mountain Mountains Sea Bay Strait Island Islands Peninsula Region Prefecture " +
    "Oblast Krai District Lake Valley Airport Station Zone Harbour Harbor"
  ).split(" "),
);

export const LAW_HEADS = new Set(
  "Treaty Agreement Act Convention Protocol Accord Pact Charter Law".split(" "),
);

/** Title words before a person's name: "Education Minister", "Deputy Prime Minister", "Chairman". */
export const TITLE_WORDS = new Set(
  (
    "President Vice Deputy Prime Minister Premier Chairman Chairwoman Chair Secretary General Director Ambassador " +
    "Mr Mrs Ms Miss Dr Professor Prof Representative Rep Reporter Leader Supreme Marshal Comrade King Queen Senator " +
    "Governor Mayor Commander Chief Head Spokesman Spokeswoman Spokesperson Envoy Consul Lt Col Gen Captain Sergeant " +
    "Education Foreign Defense Defence Trade Finance Interior Labour Labor Commerce Health Justice Economy Culture " +
    "Agriculture Transport Unification First State Executive Senior Special"
  ).split(" "),
);

/** Words after which a lone capitalised word is a person: "said Kim", "Kim added". */
export const SPEECH_VERBS = new Set(
  "said says stated added told noted explained predicted warned claimed argued according asked replied estimated".split(
    " ",
  ),
);

/** Common Korean family names in their usual romanisations. */
export const KOREAN_SURNAMES = new Set(
  (
    "Kim Lee Yi Ri Rhee Park Pak Bak Choi Choe Jung Jeong Chung Jong Kang Cho Jo Yoon Yun Jang Chang Lim Im Rim Han " +
    "Oh O Seo So Shin Sin Kwon Hwang Ahn An Song Jeon Jon Chon Hong Yoo Yu Ryu Ko Go Mun Moon Yang Son Bae Baek Paek " +
    "Heo Ho Nam Noh No Ha Kwak Sung Cha Joo Ju Woo U Min Ryang Tak Pyon Byun Hyon Hyun Jin Nam"
  ).split(" "),
);

/** Lower-case words allowed inside a name: "Institute for Unification Studies", "Network for a Free …". */
export const NAME_CONNECTORS = new Set(["of", "for", "the", "and", "a", "de", "du", "al"]);

/** Possessives that belong to a name rather than ending it: "People's Committee", "Workers' Party". */
export const NAME_POSSESSIVES = new Set([
  "People's",
  "Peoples'",
  "Workers'",
  "Worker's",
  "Women's",
  "Children's",
  "Veterans'",
]);

/** Words that start sentences or headlines but never names. */
export const NOT_NAME_STARTS = new Set(
  (
    "The A An This That These Those It Its In On At By For From To Of And But Or If As After Before Since While When " +
    "Where Who What Why How Meanwhile However Moreover Recently Last Next Some Many Most Each Every Another Other " +
    "According Despite Although Though Even Also Still Then There Here Our Their His Her We They He She I You Image " +
    "Photo Translated Edited Hundreds Thousands Dozens Several Following Ultimately Accordingly Increase Dispatch " +
    "Discussions Questions Speaking Starting One Two Three Four Five Six Seven Eight Nine Ten Frozen Trucks Each " +
    "Everything Yes No January February March April May June July August September October November December " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
  ).split(" "),
);

/** Title words that make a title on their own (not just a modifier such as "Education"). */
export const CORE_TITLES = new Set(
  (
    "President Minister Premier Chairman Chairwoman Chair Secretary General Director Ambassador Mr Mrs Ms Miss Dr " +
    "Professor Prof Representative Rep Reporter Leader Marshal Comrade King Queen Senator Governor Mayor Commander " +
    "Chief Head Spokesman Spokeswoman Spokesperson Envoy Consul Captain"
  ).split(" "),
);
