import { useId } from 'react';
import type { ImageArea } from '../export/image/imageRegion';

export interface ImageFields {
  area: ImageArea;
  scale: number;
  background: 'solid' | 'transparent';
  legend: boolean;
  caption: boolean;
  title: string;
  text: string;
}

const SCALES = [1, 2, 3, 4];

/** The options of the image export: area, scale, background, legend, caption. */
export function ExportImageFields({
  fields,
  onChange,
}: {
  fields: ImageFields;
  onChange: (change: Partial<ImageFields>) => void;
}) {
  const id = useId();
  return (
    <div className="export-fields">
      <fieldset>
        <legend>Area</legend>
        <label>
          <input
            type="radio"
            name={`${id}-area`}
            checked={fields.area === 'view'}
            onChange={() => onChange({ area: 'view' })}
          />{' '}
          Current view
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-area`}
            checked={fields.area === 'full'}
            onChange={() => onChange({ area: 'full' })}
          />{' '}
          Whole network
        </label>
      </fieldset>
      <fieldset>
        <legend>Background</legend>
        <label>
          <input
            type="radio"
            name={`${id}-bg`}
            checked={fields.background === 'solid'}
            onChange={() => onChange({ background: 'solid' })}
          />{' '}
          Solid
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-bg`}
            checked={fields.background === 'transparent'}
            onChange={() => onChange({ background: 'transparent' })}
          />{' '}
          Transparent
        </label>
      </fieldset>
      <label className="export-scale">
        Scale
        <select value={fields.scale} onChange={(event) => onChange({ scale: Number(event.target.value) })}>
          {SCALES.map((scale) => (
            <option key={scale} value={scale}>{`${scale}×`}</option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={fields.legend}
          onChange={(event) => onChange({ legend: event.target.checked })}
        />{' '}
        Include legend
      </label>
      <label>
        <input
          type="checkbox"
          checked={fields.caption}
          onChange={(event) => onChange({ caption: event.target.checked })}
        />{' '}
        Include caption
      </label>
      {fields.caption && (
        <div className="export-caption">
          <label htmlFor={`${id}-title`}>Caption title</label>
          <input
            id={`${id}-title`}
            type="text"
            value={fields.title}
            onChange={(event) => onChange({ title: event.target.value })}
          />
          <label htmlFor={`${id}-text`}>Caption text</label>
          <textarea
            id={`${id}-text`}
            rows={2}
            value={fields.text}
            onChange={(event) => onChange({ text: event.target.value })}
          />
        </div>
      )}
    </div>
  );
}
