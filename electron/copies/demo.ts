// The copies domain's part of the demo vault (filled in once the engine's demo helpers are used).
import type { DemoSeedContext } from '../core/domain';

export function seedCopiesDemo(_s: DemoSeedContext): void {}
