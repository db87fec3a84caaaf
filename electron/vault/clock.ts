// Domain code takes "now" from here so tests can move time (overdue loans, lockouts, due
// inspections) without sleeping.
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export class ManualClock implements Clock {
  constructor(private t: Date = new Date('2026-11-27T09:00:00+08:00')) {}
  now(): Date {
    return new Date(this.t);
  }
  set(t: Date): void {
    this.t = new Date(t);
  }
  advance(ms: number): void {
    this.t = new Date(this.t.getTime() + ms);
  }
}
