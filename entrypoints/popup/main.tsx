import { createRoot } from 'react-dom/client';
import { Popup } from './Popup';
import '@/components/base.css';
import '@/components/evidence/evidence.css';
import '@/components/popup/popup.css';

createRoot(document.getElementById('root')!).render(<Popup />);
