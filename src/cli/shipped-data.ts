/** Data shipped with Outturn. */
import { fileURLToPath } from 'node:url';

/** The DfE statistics shipped with Outturn (benchmarks, population, statistical neighbours). */
export const SHIPPED_DFE_DIR = fileURLToPath(new URL('../../data/dfe/', import.meta.url));
