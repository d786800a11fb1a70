// The one database handle of an extension page (popup, side panel, options).
import { ScoutDatabase } from '@/lib/store/db';

export const db = new ScoutDatabase();
