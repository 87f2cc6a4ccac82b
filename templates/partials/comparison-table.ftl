<#import "meter.ftl" as meter>
<#-- The FocusedComparison `comparison`: what differs first, then what the types share. -->
<#macro table comparison>
<div class="lw-table-scroll" role="region" aria-labelledby="lw-cmp-${comparison.slug}" tabindex="0">
<table class="lw-compare">
  <caption id="lw-cmp-${comparison.slug}">How ${comparison.titleInSentence} differ</caption>
  <thead><tr><td></td><#list comparison.members as type><th scope="col"><a href="${root}${type.path}">${type.name}</a></th></#list></tr></thead>
  <tbody>
    <#list comparison.differing as row>
    <tr><th scope="row">${row.attribute.label()}</th><#list row.cells as cell><td>${cell.text}<@meter.meter cell/></td></#list></tr>
    </#list>
  </tbody>
</table>
</div>
<#if comparison.shared?has_content>
<h3 class="lw-compare__shared-title">What they share</h3>
<dl class="lw-facts">
  <#list comparison.shared as row><dt>${row.attribute.label()}</dt><dd>${row.cell.text}<@meter.meter row.cell/></dd></#list>
</dl>
</#if>
</#macro>
