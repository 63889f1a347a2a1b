import { DatabaseBanner } from "../features/status/components/database-banner.tsx";
import { StatusBar } from "../features/status/components/status-bar.tsx";
import { AppViews } from "./app-views.tsx";
import { Explorer } from "./explorer.tsx";
import { AppProvider } from "./provider.tsx";

export function App() {
  return (
    <AppProvider>
      <div className="app">
        <header className="app-header">
          <h1 className="app-title">graphbrief</h1>
          <StatusBar />
        </header>
        <DatabaseBanner />
        <main className="app-main">
          <AppViews explorer={<Explorer />} />
        </main>
      </div>
    </AppProvider>
  );
}
