import { describe, expect, it } from 'vitest'
import { readActionListsBesideDecisions } from './readActionListsBesideDecisions'
import { tableToPlan } from './tableToPlan'

describe('minutes recording each topic as a list of decisions and a list of work left', () => {
  it('reads the items under each "Action items:" label as actions, not the decisions', () => {
    const { plan } = tableToPlan([
      ['Platform group meeting 2031-03-04'],
      ['Topic 1: moving the build cache'],
      ['Presenter: Wen Li'],
      ['Decisions:'],
      ['1. Keep the old runners until May.'],
      ['Action items:'],
      ['1. Measure the cache hit rate on the new runners'],
      ['2. Write down the rollback steps'],
      ['Topic 2: the docs site'],
      ['Presenter: Omar Said'],
      ['Decisions:'],
      ['1. The site moves to the new host.'],
      ['Action items:'],
      ['1. Fix the broken links in the API pages'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.section])).toEqual([
      ['1', 'Measure the cache hit rate on the new runners', 'Topic 1: moving the build cache'],
      ['2', 'Write down the rollback steps', 'Topic 1: moving the build cache'],
      ['1', 'Fix the broken links in the API pages', 'Topic 2: the docs site'],
    ])
  })

  it('reads Chinese minutes numbered "1、" under 遗留问题 beside 会议结论', () => {
    const { plan } = tableToPlan([
      ['平台组例会 2031-03-04'],
      ['议题1：构建缓存迁移'],
      ['汇报人：李文'],
      ['会议结论：'],
      ['1、五月前保留旧的运行器。'],
      ['遗留问题：'],
      ['1、统计新运行器的缓存命中率'],
      ['2、补充回滚步骤的说明。'],
      ['议题2：文档站点'],
      ['汇报人：赛义德'],
      ['会议结论：'],
      ['1、站点迁移到新主机。'],
      ['遗留问题：'],
      ['1、修复接口页面中的失效链接。'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1', '统计新运行器的缓存命中率'],
      ['2', '补充回滚步骤的说明。'],
      ['1', '修复接口页面中的失效链接。'],
    ])
  })

  it('leaves a page with one list of work, or with no decisions beside its lists', () => {
    expect(
      readActionListsBesideDecisions([
        ['Minutes'],
        ['Decisions:'],
        ['1. Keep the runners'],
        ['Action items:'],
        ['1. Measure the cache'],
      ]),
    ).toBeNull()
    expect(
      readActionListsBesideDecisions([
        ['Plan'],
        ['Goal 1'],
        ['Actions:'],
        ['1. Fund two posts'],
        ['Goal 2'],
        ['Actions:'],
        ['1. Run a show'],
      ]),
    ).toBeNull()
  })
})
