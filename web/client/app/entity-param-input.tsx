/**
 * A saved query's entity parameter, picked like any entity: from search suggestions (by alias, forgiving typos).
 * The name of the chosen entity is the value; free text typed without choosing is kept as typed.
 */
import { SearchBox } from "../features/search/components/search-box.tsx";

export function EntityParamInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
}) {
  return (
    <>
      <span aria-hidden="true">{label}</span>
      <SearchBox
        label={label}
        placeholder="Search names and aliases…"
        chosenName={value}
        onText={onChange}
        onChoose={(hit) => onChange(hit.name)}
      />
    </>
  );
}
