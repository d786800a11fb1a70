import { createRoot } from 'react-dom/client';
import { SidePanel } from './SidePanel';
import '@/components/base.css';

createRoot(document.getElementById('root')!).render(<SidePanel />);
