/** Brings the canvas's elements in line with what should be drawn, by id, so that positions survive. */
import type { Core, ElementDefinition } from "cytoscape";

/** Adds what is new and removes what is gone; returns how many nodes were added. */
export function syncElements(instance: Core, elements: ElementDefinition[]): number {
  const wanted = new Set(elements.map((element) => String(element.data.id)));
  let added = 0;
  instance.batch(() => {
    instance.elements().forEach((element) => {
      if (!wanted.has(element.id())) instance.remove(element);
    });
    const fresh = elements.filter((element) => instance.getElementById(String(element.data.id)).empty());
    // Colours and labels of links already drawn follow the view (a new type in view can change the palette),
    // and node sizes follow the links and sources shown.
    for (const element of elements) {
      const drawn = instance.getElementById(String(element.data.id));
      if (drawn.empty()) continue;
      const keys = element.group === "edges" ? ["colour", "label"] : ["size"];
      const changed = keys.filter((key) => drawn.data(key) !== element.data[key]);
      if (changed.length > 0) drawn.data(Object.fromEntries(changed.map((key) => [key, element.data[key]])));
    }
    added = fresh.filter((element) => element.group === "nodes").length;
    instance.add(fresh);
  });
  return added;
}
