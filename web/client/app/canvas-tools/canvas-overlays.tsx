/** The menus, cards and help drawn over the canvas (see use-canvas-overlays.ts). */
import { HoverCard } from "./hover-card.tsx";
import "./canvas-tools.css";
import { type NodeActions, NodeMenu } from "./node-menu.tsx";
import { ShortcutHelp } from "./shortcut-help.tsx";
import type { useCanvasOverlays } from "./use-canvas-overlays.ts";

export function CanvasOverlays({
  overlays,
  actions,
}: {
  overlays: ReturnType<typeof useCanvasOverlays>;
  actions: NodeActions;
}) {
  const { menu, hover, help } = overlays;
  return (
    <>
      {menu && (
        <NodeMenu
          key={menu.id}
          id={menu.id}
          at={menu.at}
          selection={overlays.selection}
          actions={actions}
          onClose={overlays.closeMenu}
        />
      )}
      {hover && !menu && <HoverCard id={hover.id} at={hover.at} />}
      {help && <ShortcutHelp onClose={overlays.closeHelp} />}
    </>
  );
}
