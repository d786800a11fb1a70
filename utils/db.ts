// The one database handle of an extension page (popup, side panel, options).
import { ScoutDatabase } from '@/lib/db';

export const db = new ScoutDatabase();
