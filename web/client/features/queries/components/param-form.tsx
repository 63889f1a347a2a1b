/** A form generated from a saved query's parameter header: one labelled input per parameter. */
import type { FormEvent } from "react";
import type { QueryParamSpec } from "../../../../shared/query-types.ts";

interface ParamFormProps {
  specs: QueryParamSpec[];
  values: Record<string, string>;
  onChange: (values: Record<string, string>) => void;
  onRun: () => void;
  running: boolean;
}

export function ParamForm({ specs, values, onChange, onRun, running }: ParamFormProps) {
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
}: {
  spec: QueryParamSpec;
  value: string;
  onChange: (v: string) => void;
}) {
  const bounds = spec.min !== undefined && spec.max !== undefined ? ` (${spec.min}–${spec.max})` : "";
  const label = `${spec.name}${bounds}${spec.default === undefined ? " *" : ""}`;
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
