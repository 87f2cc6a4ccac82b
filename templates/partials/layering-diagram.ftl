<#-- The morning and evening LayeringDiagrams side by side. -->
<#macro pair diagrams><div class="lw-diagram-pair"><#list diagrams as diagram><@figure diagram/></#list></div></#macro>
<#macro entryLink entry drawn><a href="${root}${entry.path()}">${entry.name()}</a><#if entry.mark()?has_content> (${entry.mark()})</#if><#if entry.reason()?has_content>: ${entry.reason()}</#if><#if entry.contested()> · <a class="lw-diagram__dispute" href="${root}${entry.dispute()}">place disputed</a></#if><#if drawn.highlights(entry.id())> — ${drawn.highlightNote()}</#if></#macro>
<#-- Draws one LayeringDiagram (geometry from Java), its legend and its text alternative. -->
<#macro figure diagram>
<#local dk = diagram.time()?lower_case>
<figure class="lw-diagram" aria-labelledby="lw-diagram-${dk}-caption">
  <figcaption class="lw-diagram__caption" id="lw-diagram-${dk}-caption">${diagram.routine().name()} routine</figcaption>
  <svg class="lw-diagram__svg" viewBox="0 0 ${diagram.width} ${diagram.height}" aria-hidden="true" focusable="false">
    <#list diagram.connectors as connector><path class="lw-diagram__connector" d="${connector.path()}"/></#list>
    <#list diagram.bands as band>
    <a class="lw-diagram__band lw-diagram__band--t${band.texture()}<#if band.side()> lw-diagram__band--side</#if><#if band.entry().treatment()> lw-diagram__band--treatment</#if><#if band.entry().mark() == "optional"> lw-diagram__band--optional</#if><#if band.highlighted()> lw-diagram__band--current</#if>" href="${root}${band.entry().path()}" tabindex="-1">
      <rect x="${band.x()}" y="${band.y()}" width="${band.width()}" height="${band.height()}" rx="6"/>
      <text class="lw-diagram__label" x="${band.textX()}" y="${band.textY()}">${band.label()}</text>
      <#if band.note()?has_content><text class="lw-diagram__note" x="${band.textX()}" y="${band.noteY()}">${band.note()}</text></#if>
    </a>
    <#if band.entry().contested()><a class="lw-diagram__cue" href="${root}${band.entry().dispute()}" tabindex="-1"><circle cx="${band.cueX()}" cy="${band.cueY()}" r="8"/><text x="${band.cueX()}" y="${band.cueTextY()}">?</text></a></#if>
    </#list>
    <#list diagram.joins as join><text class="lw-diagram__join" x="${join.x()}" y="${join.y()}">${join.word()}</text></#list>
  </svg>
  <ul class="lw-diagram__legend" aria-label="Legend">
    <li><span class="lw-diagram__swatch lw-diagram__swatch--scale" aria-hidden="true"></span>Fill and height: watery (light, thin band) to rich (deep, tall band)</li>
    <#if diagram.legend().alternatives()><li><span class="lw-diagram__swatch lw-diagram__swatch--or" aria-hidden="true">or</span>Side by side with “or”: use one or the other at that step</li></#if>
    <#if diagram.legend().groups()><li><span class="lw-diagram__swatch lw-diagram__swatch--or" aria-hidden="true">and</span>Side by side with “and”: both at that step</li></#if>
    <#if diagram.legend().optional()><li><span class="lw-diagram__swatch lw-diagram__swatch--optional" aria-hidden="true"></span>Dotted outline: optional, many routines skip it</li></#if>
    <#if diagram.legend().sideSteps()><li><span class="lw-diagram__swatch lw-diagram__swatch--side" aria-hidden="true"></span>Indented, dashed, on a branch: not daily (weekly or as needed), on the days you use it, where the branch joins</li></#if>
    <#if diagram.legend().treatments()><li><span class="lw-diagram__swatch lw-diagram__swatch--treatment" aria-hidden="true"></span>Treatment: an active such as a retinoid, on the nights you use it</li></#if>
    <#if diagram.legend().disputed()><li><span class="lw-diagram__swatch lw-diagram__swatch--cue" aria-hidden="true">?</span>Sources disagree on its place; select the mark for both sides</li></#if>
  </ul>
  <#if diagram.routine().before()?has_content>
  <ul class="lw-diagram__list lw-diagram__list--side">
    <#list diagram.routine().before() as branch><li>On the days you use it, ${branch.slot()}: <@entryLink branch.entry() diagram/></li></#list>
  </ul>
  </#if>
  <ol class="lw-diagram__list">
    <#list diagram.routine().steps() as step>
    <li><#list step.members() as entry><@entryLink entry diagram/><#sep> <#if step.alternatives()>or<#else>and</#if> </#sep></#list><#if step.branches()?has_content>
      <ul class="lw-diagram__list--side"><#list step.branches() as branch><li>On the days you use it, ${branch.slot()}: <@entryLink branch.entry() diagram/></li></#list></ul></#if></li>
    </#list>
  </ol>
</figure>
</#macro>
