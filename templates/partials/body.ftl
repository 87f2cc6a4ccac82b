<#import "layering-diagram.ftl" as layering>
<#import "routine-list.ftl" as routine>
<#-- Prints a PageData.Prose: the rendered Markdown parts, with generated embeds where the text asks for them. -->
<#macro prose prose><#list prose.parts as part>${part.html?no_esc}<#if part.embed == "layering-diagram"><@layering.pair prose.diagrams/><#elseif part.routine() && prose.routines[part.embed]??><@routine.list prose.routines[part.embed]/></#if></#list>
</#macro>
