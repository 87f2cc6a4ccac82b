<#-- Draws the LayeringDiagram `diagram` (geometry from Java) with its text alternative. -->
<figure class="lw-diagram">
  <figcaption class="lw-diagram__caption" id="lw-diagram-${diagram.time?lower_case}-caption">${diagram.routine} routine</figcaption>
  <svg class="lw-diagram__svg" viewBox="0 0 ${diagram.width} ${diagram.height}" role="img" aria-labelledby="lw-diagram-${diagram.time?lower_case}-title lw-diagram-${diagram.time?lower_case}-desc">
    <title id="lw-diagram-${diagram.time?lower_case}-title">${diagram.routine} layering order</title>
    <desc id="lw-diagram-${diagram.time?lower_case}-desc">${diagram.bands?size} products from top to bottom in the order they go on; taller bands are thicker products. Dashed bands are weekly, as-needed or optional steps; “disputed” marks steps whose place sources disagree on. The list below gives the same order.</desc>
    <#list diagram.bands as band>
    <g class="lw-diagram__band<#if band.occasional> lw-diagram__band--occasional</#if><#if band.contested> lw-diagram__band--contested</#if><#if band.highlighted> lw-diagram__band--current</#if>">
      <rect x="${band.x}" y="${band.y}" width="${band.width}" height="${band.height}" rx="6"/>
      <text class="lw-diagram__label" x="${band.x + 10}" y="${band.textY}">${band.label}</text>
      <#if band.note?has_content><text class="lw-diagram__note" x="${band.x + 10}" y="${band.noteY}">${band.note}</text></#if>
    </g>
    </#list>
  </svg>
  <ol class="lw-diagram__list">
    <#list diagram.steps as step>
    <li><#list step.bands as band><a href="${root}types/${band.type.id}/">${band.type.name}</a><#if band.note?has_content> (${band.note})</#if><#if band.highlighted> — ${diagram.highlightNote}</#if><#sep> or </#sep></#list></li>
    </#list>
  </ol>
</figure>
