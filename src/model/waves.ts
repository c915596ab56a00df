// Two waves of a data set to compare (the Compare view): plain types, so that the view state can hold them.

/**
 * How a tie's year places it in a wave. 'observed': a wave holds the ties dated inside it, as in
 * two survey waves (a tie not named again has dissolved). 'cumulative': a tie lasts from its year
 * on, so a wave holds every tie dated up to its end and nothing dissolves.
 */
export type WaveReading = 'observed' | 'cumulative';

/** Years from and to, both included. */
export interface WavePeriod {
  from: number;
  to: number;
}

export interface WaveParams {
  a: WavePeriod;
  b: WavePeriod;
  reading: WaveReading;
}
