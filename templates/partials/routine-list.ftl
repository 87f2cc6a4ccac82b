<#-- A RoutineModel.Routine `excerpt` as a list: numbered daily steps, with the side steps that slot in after them. -->
<#macro routineEntry entry><a href="${root}${entry.path()}">${entry.name()}</a><#if entry.mark()?has_content> (${entry.mark()})</#if></#macro>
<#macro list excerpt>
<div class="lw-routine-list">
<p class="lw-routine-list__title">${excerpt.name()} routine</p>
<#if excerpt.before()?has_content><ul class="lw-routine-list__side"><#list excerpt.before() as branch><li>On the days you use it, ${branch.slot()}: <@routineEntry branch.entry()/></li></#list></ul></#if>
<ol class="lw-routine-list__steps">
<#list excerpt.steps() as step><li value="${step.number()}"><#list step.members() as entry><@routineEntry entry/><#sep> <#if step.alternatives()>or<#else>and</#if> </#sep></#list><#if step.branches()?has_content><ul class="lw-routine-list__side"><#list step.branches() as branch><li>On the days you use it, ${branch.slot()}: <@routineEntry branch.entry()/></li></#list></ul></#if></li>
</#list>
</ol>
</div>
</#macro>
