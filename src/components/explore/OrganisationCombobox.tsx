import { useId, useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store';
import { selectGraph } from '../../store/selectors';
import { selectSearchIndex } from '../../store/exploreSelectors';
import { searchOrganisations, type SearchHit } from '../../graph/searchOrganisations';

interface OrganisationComboboxProps {
  label: string;
  /** Called with the chosen organisation's id. */
  onChoose: (id: string) => void;
  placeholder?: string;
  /** Text shown after a choice (e.g. the chosen name); '' clears the box. */
  chosenText?: (hit: SearchHit) => string;
  inputId?: string;
  hideLabel?: boolean;
}

/**
 * An ARIA 1.2 combobox with a listbox of organisations matching the typed text (names and
 * attributes). Arrow keys move through the results, Enter chooses, Escape closes.
 */
export function OrganisationCombobox({
  label,
  onChoose,
  placeholder,
  chosenText = () => '',
  inputId,
  hideLabel,
}: OrganisationComboboxProps) {
  const dataset = useAppStore((state) => state.dataset);
  const fallbackId = useId();
  const id = inputId ?? fallbackId;
  const listId = `${id}-results`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const hits = dataset && open ? searchOrganisations(selectSearchIndex(selectGraph(dataset)), text, 8) : [];
  const expanded = open && text.trim() !== '';

  const choose = (hit: SearchHit) => {
    setText(chosenText(hit));
    setOpen(false);
    onChoose(hit.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (hits.length > 0)
        setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (expanded && hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape') {
      if (expanded) event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="combobox">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'combobox-label'}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={`${label}: results`} className="combobox-results" hidden={!expanded}>
        {expanded && hits.length === 0 && <li className="combobox-empty">No organisation matches</li>}
        {hits.map((hit, index) => (
          <li
            key={hit.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="combobox-option"
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(hit);
            }}
          >
            <span className="option-name">{hit.name}</span>
            {hit.matched && <span className="option-match">{`${hit.matched.label}: ${hit.matched.value}`}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
