import type { Db } from '../db';

export interface Migration {
  /** becomes PRAGMA user_version; 10, 20, 30… leaves room between releases */
  version: number;
  name: string;
  up(db: Db): void;
}
