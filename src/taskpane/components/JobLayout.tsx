/**
 * The pieces every job page is built from: sections with a heading and a line of help, tabs when a job has work of
 * different rhythms (daily, monthly), and settings fields that show the settings parser's message on themselves.
 */
import { Body1, Field, Subtitle2, makeStyles, tokens, type FieldProps } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import type { PageActions } from "./actions";

export const useJobStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // Fields that belong together, one above the other: a task pane is too narrow for two inputs side by side.
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function JobSection({ title, help, children }: { title?: string; help?: string; children: ReactNode }) {
  const styles = useJobStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={title ? headingId : undefined}>
      {title && (
        <Subtitle2 as="h2" id={headingId}>
          {title}
        </Subtitle2>
      )}
      {help && <Body1>{help}</Body1>}
      {children}
    </section>
  );
}

/**
 * A Fluent Field for one settings field of a job (its name as the settings parser and the command line call it:
 * "opening", "rows-per-page"): a refused run puts the parser's message here, and the action focuses its control.
 */
export function SettingField({
  actions,
  name,
  className,
  ...field
}: { actions: PageActions; name: string } & Omit<FieldProps, "validationMessage" | "validationState">) {
  const message = actions.fieldMessage(name);
  return (
    <Field
      {...field}
      className={className}
      data-field={name}
      validationMessage={message}
      validationState={message ? "error" : "none"}
    />
  );
}
