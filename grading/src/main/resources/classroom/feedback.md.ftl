# Your grade: concurrency assignment

<#if scored>
**${total} of ${max} points**<#if status != "graded"> (${status})</#if>

</#if>
<#if reason?has_content>
<#if scored>${reason}<#else>**Your submission was not graded.** ${reason}</#if>

</#if>
<#if !scored>
The grader could not read or finish grading your submission, so it has no score yet.
Your instructor sees this too and will look at it; you may also fix what is said above and submit again.

</#if>
<#if questions?has_content>
| Question | Points |
|---|---|
<#list questions as q>
| ${q.id} ${q.title} | ${q.points} / ${q.max}<#if q.full> ✓</#if> |
</#list>

</#if>
<#if graded>
<#list questions as q>
<#if !q.full>
## ${q.id}: ${q.points} of ${q.max} points

<#list q.kinds as k>
**${k.label}**: ${k.points} of ${k.max} points, ${k.passed} of ${k.checks} checks passed.
<#list k.failures as f>

- ${f.name} (<#if f.advice>advice, no points<#else>${f.points} of ${f.max}</#if>)

${f.fence}text
${f.output}
${f.fence}
</#list>
<#if k.moreFailures gt 0>

- and ${k.moreFailures} more failed check<#if k.moreFailures gt 1>s</#if> of this kind: all are in results.json, and the command below shows them.
</#if>
<#if k.hiddenFailed gt 0>

- ${k.hiddenFailed} hidden check<#if k.hiddenFailed gt 1>s</#if> failed (${k.hiddenPoints} points). Hidden checks test only
  what the Javadoc asks for; their names and messages are shown once grades are published.
</#if>
<#if k.failures?has_content || k.hiddenFailed gt 0>

Try it on your machine, in your repository: `${k.command}`
</#if>

</#list>
</#if>
</#list>
<#if questions?filter(q -> !q.full)?size == 0>
Every check passed. Well done!

</#if>
## Reproduce it on your machine

In your repository (the handout), `mvn test -Dgroups=q4` runs the tests of one question (here Q4),
`mvn test -Pstress -Dgroups=q4` its race tests, and `${preview}` grades everything
the way this grade was computed, except the hidden checks. The messages above are the ones those commands print.
</#if>
