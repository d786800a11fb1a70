// First: zod's settings before any schema is built (utils/zod-config.ts).
import '@/utils/zod-config';
import { createRoot } from 'react-dom/client';
import { Popup } from './Popup';
import '@/components/base.css';
import '@/components/evidence/evidence.css';
import '@/components/popup/popup.css';

createRoot(document.getElementById('root')!).render(<Popup />);
