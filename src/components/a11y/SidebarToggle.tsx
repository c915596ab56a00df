import { useAppStore } from '../../store';

/** Shown below 1,100 px only (CSS), where the sidebar folds away: opens and closes it over the canvas. */
export function SidebarToggle() {
  const open = useAppStore((state) => state.sidebarOpen);
  const setOpen = useAppStore((state) => state.setSidebarOpen);
  return (
    <button
      type="button"
      className="button sidebar-toggle"
      aria-expanded={open}
      aria-controls="sidebar"
      onClick={() => setOpen(!open)}
    >
      {open ? 'Hide panels' : 'Panels'}
    </button>
  );
}
