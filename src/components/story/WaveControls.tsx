import type { WaveParams, WavePeriod, WaveReading } from '../../analysis/story/waves';
import { changeWaves } from '../../store/storyActions';

const READINGS: [WaveReading, string][] = [
  ['observed', 'Each wave holds the ties dated in it (survey waves)'],
  ['cumulative', 'A tie lasts from its year on (nothing dissolves)'],
];

function PeriodControls({
  name,
  period,
  years,
  onChange,
}: {
  name: string;
  period: WavePeriod;
  years: number[];
  onChange: (period: WavePeriod) => void;
}) {
  const select = (label: string, value: number, change: (year: number) => WavePeriod) => (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(change(Number(event.target.value)))}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="wave-period">
      <legend>{name}</legend>
      {select(`${name} from`, period.from, (from) => ({ from, to: Math.max(from, period.to) }))}
      {select(`${name} to`, period.to, (to) => ({ from: Math.min(period.from, to), to }))}
    </fieldset>
  );
}

/** The two periods compared and how tie years are read. */
export function WaveControls({ waves, years }: { waves: WaveParams; years: number[] }) {
  return (
    <div className="wave-controls">
      <PeriodControls
        name="Earlier wave"
        period={waves.a}
        years={years}
        onChange={(a) => void changeWaves({ ...waves, a })}
      />
      <PeriodControls
        name="Later wave"
        period={waves.b}
        years={years}
        onChange={(b) => void changeWaves({ ...waves, b })}
      />
      <label className="wave-reading">
        Tie years mean
        <select
          value={waves.reading}
          onChange={(event) => void changeWaves({ ...waves, reading: event.target.value as WaveReading })}
        >
          {READINGS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
