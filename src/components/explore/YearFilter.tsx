import { useEffect, useRef, useState } from 'react';
import { findFilter, withFilter } from '../../filters/editFilters';
import { useAppStore } from '../../store';
import { useFilters } from './useFilters';
import { prefersReducedMotion } from '../../motion';

const PLAY_STEP_MS = 900;

/** Two labelled sliders for the tie years, and Play: the network grows year by year. */
export function YearFilter({ min, max }: { min: number; max: number }) {
  const [filters, setFilters] = useFilters();
  const range = findFilter(filters, 'yearRange');
  const from = range?.from ?? min;
  const to = range?.to ?? max;
  const [playing, setPlaying] = useState(false);
  const timer = useRef<ReturnType<typeof setInterval> | undefined>(undefined);
  // Play is one undo step: recorded when it starts, or by its first frame if starting changed nothing.
  const recordNextFrame = useRef(false);

  const setRange = (nextFrom: number, nextTo: number, record = true) => {
    const full = nextFrom <= min && nextTo >= max;
    setFilters(withFilter(filters, 'yearRange', full ? null : { type: 'yearRange', from: nextFrom, to: nextTo }), {
      record,
    });
  };

  useEffect(() => {
    if (!playing) return;
    timer.current = setInterval(() => {
      // Read the latest filters: the interval outlives the render that started it.
      const latest = useAppStore.getState().view.filters;
      const current = findFilter(latest, 'yearRange');
      const year = (current?.to ?? max) + 1;
      if (year > max) {
        setPlaying(false);
        return;
      }
      // Animation frames are not undo steps: undo goes back to before Play.
      setFilters(withFilter(latest, 'yearRange', { type: 'yearRange', from: current?.from ?? min, to: year }), {
        record: recordNextFrame.current,
      });
      recordNextFrame.current = false;
    }, PLAY_STEP_MS);
    return () => clearInterval(timer.current);
  }, [playing, min, max, setFilters]);

  const play = () => {
    if (prefersReducedMotion()) {
      stepOneYear();
      return;
    }
    if (playing) {
      setPlaying(false);
      return;
    }
    const recordedBefore = useAppStore.getState().viewHistory.past.length;
    setRange(min, min);
    recordNextFrame.current = useAppStore.getState().viewHistory.past.length === recordedBefore;
    setPlaying(true);
  };

  /** With "reduce motion", Play does not run on its own: each press shows one more year. */
  const stepOneYear = () => {
    if (!range || to >= max) setRange(min, min);
    else setRange(from, to + 1);
  };

  return (
    <fieldset className="filter-years">
      <legend>Tie years</legend>
      <p className="year-readout" aria-live="polite">
        {from === to ? from : `${from} – ${to}`}
      </p>
      <label className="year-slider">
        <span>From year</span>
        <input
          type="range"
          min={min}
          max={max}
          step={1}
          value={from}
          onChange={(event) => setRange(Math.min(Number(event.currentTarget.value), to), to)}
        />
      </label>
      <label className="year-slider">
        <span>To year</span>
        <input
          type="range"
          min={min}
          max={max}
          step={1}
          value={to}
          onChange={(event) => setRange(from, Math.max(Number(event.currentTarget.value), from))}
        />
      </label>
      <button type="button" className="button" aria-pressed={playing} onClick={play}>
        {playing ? 'Pause' : 'Play years'}
      </button>
    </fieldset>
  );
}
