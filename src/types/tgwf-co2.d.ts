// Types for the part of @tgwf/co2 (0.19.0, ships no declarations) that Vigie uses: the CO2 class and perVisit.

declare module '@tgwf/co2' {
  export interface Co2Options {
    model?: 'swd' | '1byte';
    version?: 3 | 4;
    rating?: boolean;
    results?: 'segment';
  }
  export class co2 {
    constructor(options?: Co2Options);
    model: { version: number };
    perVisit(bytes: number, green?: boolean): number | { total: number; rating: string };
    perByte(bytes: number, green?: boolean): number | { total: number; rating: string };
  }
}
