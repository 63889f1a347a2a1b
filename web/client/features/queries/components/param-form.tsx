/**
 * A form generated from a saved query's parameter header: one labelled input per parameter. A text parameter
 * that names an entity (see `isEntityParam`) is picked from search suggestions when the page gives a picker.
 */
import type { FormEvent, ReactNode } from "react";
import type { QueryParamSpec } from "../../../../shared/query-types.ts";

/** Draws the input of an entity parameter: its label, the value, and a change of it. */
export type EntityInput = (props: {
  label: string;
  value: string;
  onChange(value: string): void;
}) => ReactNode;

/** Text parameters whose value is an entity's name (`entity`, `…Entity`, `resolution`). */
export function isEntityParam(spec: QueryParamSpec): boolean {
  return spec.type === "string" && /^(entity|resolution)$|Entity$/.test(spec.name);
}

interface ParamFormProps {
  specs: QueryParamSpec[];
  values: Record<string, string>;
  onChange: (values: Record<string, string>) => void;
  onRun: () => void;
  running: boolean;
  entityInput?: EntityInput | undefined;
}

export function ParamForm({ specs, values, onChange, onRun, running, entityInput }: ParamFormProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onRun();
  };
  return (
    <form className="param-form" onSubmit={submit}>
      {specs.map((spec) => (
        <ParamInput
          key={spec.name}
          spec={spec}
          value={values[spec.name] ?? ""}
          onChange={(value) => onChange({ ...values, [spec.name]: value })}
          entityInput={entityInput}
        />
      ))}
      <button type="submit" disabled={running}>
        {running ? "Running…" : "Run query"}
      </button>
    </form>
  );
}

function ParamInput({
  spec,
  value,
  onChange,
  entityInput,
}: {
  spec: QueryParamSpec;
  value: string;
  onChange: (v: string) => void;
  entityInput?: EntityInput | undefined;
}) {
  const bounds = spec.min !== undefined && spec.max !== undefined ? ` (${spec.min}–${spec.max})` : "";
  const label = `${spec.name}${bounds}${spec.default === undefined ? " *" : ""}`;
  if (entityInput && isEntityParam(spec))
    return <div className="param-field">{entityInput({ label, value, onChange })}</div>;
  if (spec.type === "boolean") {
    return (
      <label className="param-field param-check">
        <input
          type="checkbox"
          checked={value === "true"}
          onChange={(e) => onChange(String(e.target.checked))}
        />
        {label}
      </label>
    );
  }
  const numeric = spec.type === "int" || spec.type === "float";
  return (
    <label className="param-field">
      <span>{label}</span>
      <input
        type={numeric ? "number" : "text"}
        value={value}
        required={spec.default === undefined}
        {...(numeric && spec.min !== undefined ? { min: spec.min, max: spec.max } : {})}
        step={spec.type === "float" ? "any" : 1}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
