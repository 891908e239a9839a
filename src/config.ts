// Where the build reads its inputs. Other districts point these elsewhere.
import { resolve } from 'node:path';

export const dataDir = resolve(process.env.NTM_DATA_DIR ?? 'data');
export const contentDir = resolve(process.env.NTM_CONTENT_DIR ?? 'content');
