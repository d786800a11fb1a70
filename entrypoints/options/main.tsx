// First: zod's settings before any schema is built (utils/zod-config.ts).
import '@/utils/zod-config';
import { createRoot } from 'react-dom/client';
import { Options } from './Options';
import '@/components/base.css';
import '@/components/options/options.css';

createRoot(document.getElementById('root')!).render(<Options />);
