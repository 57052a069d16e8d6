import { useId, type ReactNode } from 'react';

/** A labelled form field with its help or error text wired for screen readers. */
export function Field({
  label,
  error,
  help,
  children,
}: {
  label: string;
  error?: string | undefined;
  help?: string | undefined;
  children: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  const describedBy = error ? `${id}-error` : help ? `${id}-help` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(error ? { 'aria-invalid': true } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
      {error ? (
        <span className="error" id={`${id}-error`} role="alert">{error}</span>
      ) : help ? (
        <span className="help" id={`${id}-help`}>{help}</span>
      ) : null}
    </div>
  );
}
