import { Dropdown, Option } from "@fluentui/react-components";

/**
 * A sheet of the workbook to pick (a journal to check, the bank journal, a statement's sheet, last month's 未达账项):
 * `onOpen` reads the list again each time it opens, so that a sheet added or renamed since the page opened is there.
 */
export function SheetDropdown({
  sheet,
  sheets,
  onOpen,
  onPick,
}: {
  sheet: string;
  sheets: readonly string[];
  onOpen: () => void;
  onPick: (sheet: string | null) => void;
}) {
  return (
    <Dropdown
      value={sheet}
      selectedOptions={sheet ? [sheet] : []}
      onOpenChange={(_, data) => data.open && onOpen()}
      onOptionSelect={(_, data) => onPick(data.optionValue ?? null)}
    >
      {sheets.map((name) => (
        <Option key={name} value={name}>
          {name}
        </Option>
      ))}
    </Dropdown>
  );
}
