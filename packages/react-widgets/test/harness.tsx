// A test page's script: the embed's custom elements plus a way to mount any widget with props, for the
// Chromium tests. Built by `buildHarness` (esbuild) into one ES module.
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'
import '../src/embed/index'
import { embedStyles } from '../src/embed/index'
import { ProgressUpdateForm, RagBadge, TechcommitProvider, widgetStyles } from '../src/index'

const widgets = { ProgressUpdateForm, RagBadge }

declare global {
  interface Window {
    mountWidget(name: keyof typeof widgets, props: Record<string, unknown>, locale: string): void
    submittedUpdates: unknown[]
    embedStyles: string
  }
}

window.submittedUpdates = []
window.embedStyles = embedStyles
window.mountWidget = (name, props, locale) => {
  const host = document.createElement('div')
  document.body.append(host)
  const style = document.createElement('style')
  style.textContent = widgetStyles
  document.head.append(style)
  const onSubmit = (update: unknown) => {
    window.submittedUpdates.push(update)
  }
  createRoot(host).render(
    createElement(
      TechcommitProvider,
      { locale },
      createElement(widgets[name] as never, { ...props, onSubmit }),
    ),
  )
}
