<#-- Prints rendered Markdown `parts`, inserting generated embeds where the text asks for them. -->
<#list parts as part>${part.html?no_esc}<#if part.embed == "layering-diagram"><div class="lw-diagram-pair"><#list diagrams as diagram><#include "layering-diagram.ftl"></#list></div></#if></#list>
