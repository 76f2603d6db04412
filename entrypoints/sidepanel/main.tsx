// The side panel entry (Chrome side_panel, Firefox sidebar_action; WXT writes both): components live in extension/pages/sidepanel/.
import { render } from 'preact';
import { SidePanel } from '../../extension/pages/sidepanel/sidepanel.tsx';
import '../../extension/pages/shared/pages.css';
import '../../extension/ui/summary.css';
import '../../extension/pages/sidepanel/sidepanel.css';

render(<SidePanel />, document.getElementById('app')!);
