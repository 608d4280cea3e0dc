// The Vite app: every example plan side by side, one opened as a dashboard, a language and theme switch, and
// a progress form whose updates go through a PlanStore (in memory here; your intranet's own store in real use).
import { createMemoryPlanStore, evaluatePlan, type Plan, type ProgressUpdate } from '@techcommit/core'
import {
  PlanDashboard,
  PlansOverview,
  ProgressUpdateForm,
  TechcommitProvider,
  type WidgetTheme,
  widgetStyles,
} from '@techcommit/react-widgets'
import { type ReactElement, StrictMode, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'

const store = createMemoryPlanStore()

async function loadPlans(): Promise<Plan[]> {
  const files = (await (await fetch('plans/index.json')).json()) as string[]
  const plans = await Promise.all(
    files.map(async (file) => (await (await fetch(`plans/${file}`)).json()) as Plan),
  )
  for (const plan of plans) await store.savePlan(plan)
  return plans
}

function App(): ReactElement {
  const [plans, setPlans] = useState<Plan[]>([])
  const [openId, setOpenId] = useState<string | null>(null)
  const [locale, setLocale] = useState('en-GB')
  const [theme, setTheme] = useState<WidgetTheme>('auto')
  const [asOf, setAsOf] = useState('2020-06-30')
  useEffect(() => {
    void loadPlans().then(setPlans)
  }, [])
  const open = plans.find((plan) => plan.id === openId) ?? null
  const record = async (plan: Plan, actionId: string, update: ProgressUpdate): Promise<void> => {
    const stored = await store.getPlan(plan.id)
    await store.recordUpdate(plan.id, actionId, update, { expectedRevision: stored?.revision ?? 0 })
    const saved = await store.getPlan(plan.id)
    if (saved !== null) setPlans((all) => all.map((p) => (p.id === plan.id ? saved.plan : p)))
  }
  return (
    <TechcommitProvider locale={locale}>
      <style>{widgetStyles}</style>
      <h1>Technician Commitment progress</h1>
      <form className="settings" onSubmit={(event) => event.preventDefault()}>
        <label>
          Language / Iaith{' '}
          <select value={locale} onChange={(event) => setLocale(event.target.value)}>
            <option value="en-GB">English</option>
            <option value="cy">Cymraeg</option>
          </select>
        </label>{' '}
        <label>
          Theme{' '}
          <select value={theme} onChange={(event) => setTheme(event.target.value as WidgetTheme)}>
            <option value="auto">Follow the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>{' '}
        <label>
          As of{' '}
          <input
            type="date"
            value={asOf}
            onChange={(event) => event.target.value && setAsOf(event.target.value)}
          />
        </label>
      </form>
      <PlansOverview
        theme={theme}
        plans={plans.map((plan) => ({ plan, assessment: evaluatePlan(plan, { asOf }) }))}
        onOpen={setOpenId}
      />
      {open === null ? null : (
        <>
          <PlanDashboard theme={theme} plan={open} assessment={evaluatePlan(open, { asOf })} />
          {open.actions[0] === undefined ? null : (
            <ProgressUpdateForm
              theme={theme}
              action={open.actions[0]}
              onSubmit={(update) => record(open, open.actions[0]!.id, update)}
            />
          )}
        </>
      )}
    </TechcommitProvider>
  )
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
