<#-- PlacementNotes: where something goes in each routine, why, and the sources for it. -->
<#macro list notes>
<ul class="lw-placements">
<#list notes as note>
<li><strong>${note.routine()}:</strong> ${note.text()}.<#if note.reason()?has_content> ${note.reason()}</#if><#if note.sources()?has_content> <span class="lw-placements__sources">Sources: <#list note.sources() as source><a href="${source.url}" rel="external">${source.title}</a><#sep>; </#sep></#list></span></#if></li>
</#list>
</ul>
</#macro>
