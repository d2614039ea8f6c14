"""train/tc1: complaints, part 1 (Hatherley CLP). All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tc1", seed=1301)
P = c.person

# 1 national: whip suspensions, measured
c.add("complaint", subject="The suspension of the whip from the seven MPs",
      sender=P("Eileen", "Marshall"), tags=("national-decision", "whip"),
      body="""Dear Priya,

I am writing as a member of Millbrook branch to ask the CLP, formally, to explain its position on the decision to suspend the whip from the MPs who voted against keeping the two-child limit.

I have been a member since 1997. I knocked doors for Dawn in the rain. I do not think it is unreasonable for a member to ask why people who voted with their conscience on child poverty have been treated more harshly than some who have done far worse. I would like to know:

1. Has the CLP executive discussed this?
2. Will Dawn be asked to say publicly whether she supports the suspensions?
3. Will there be an opportunity at the next GC for members to put a motion on it?

I would be grateful for a proper answer rather than a forwarded press line.

Yours sincerely,
Eileen Marshall
Millbrook branch""")

# 2 welfare vote, furious, NEC
c.add("complaint", subject="WELFARE VOTE!!! Explain yourselves",
      sender=P("Gary", "Fletcher"), tags=("hard-negative", "angry", "national-decision", "urgent-subject"),
      body="""So our MP walked through the lobby to cut PIP for disabled people. My wife is on PIP. Her mobility car is the only reason she leaves the house. And the CLP says NOTHING. Not a word on the Facebook page, not an email, nothing.

What is the point of you? Seriously, what is the point of a local party that won't even say "we disagree"?

I want to know who on the executive signed off the silence. Names. I'm raising this with the NEC and I'll be at the next GC to say it to everyone's face. You can't hide behind "national policy" forever.

Gary Fletcher
Canal Side""")

# 3 Gaza, curt one-liner
c.add("complaint", subject="statement?", sender=P("Sadia", "Rahman"),
      tags=("national-decision", "foreign-policy", "short"),
      body="Three months since the GC voted for a statement on Gaza. Still nothing on the website. Who is sitting on it?\n\nSadia")

# 4 leader, long rambling, metaphor
c.add("complaint", subject="A long letter from an old member, sorry",
      sender=P("Bernard", "Hollins", "btinternet.com"),
      tags=("hard-negative", "metaphor", "national-decision", "leader", "long"),
      body="""Priya

I hope you'll forgive the length of this. I don't email much, my granddaughter set this account up for me, but I have been stewing for weeks and my wife says I should put it down in writing instead of shouting at the radio.

I joined the party in 1971 at a meeting in the old Co-op hall on Peel Street. There were forty people in the room and a lad from the NUM who spoke for half an hour without notes. I have been through Wilson, Callaghan, Foot, Kinnock, Smith, Blair, Brown, Miliband, Corbyn and Starmer and I have never once thought of tearing up my card. Not over Iraq, not over the Militant business, not over anything.

I am thinking of it now.

It isn't one thing. It's the winter fuel payment, which took money off my neighbour who is ninety-one and lives on her own and would never in a month of Sundays claim pension credit because she thinks it's charity. It's the two-child limit, which we spent years saying was cruel and now we keep. It's the welfare bill, which they had to water down because even our own backbenchers couldn't stomach it. And it's the tone. The leader talks about working people as if we're a focus group. I don't recognise the party in anything he says.

I said to Keith at the last GC that this is political suicide and he said "we won a landslide Bernard" as if that settled it. A landslide on a third of the vote with Reform coming second in half the seats round here. You don't need to be a genius to see where that ends. I knock on doors in Foxhill still, with my stick, and the people who used to say "always Labour, love" now say "you're all the same" and shut the door. That never happened to me before. Not in fifty years.

What I want to know from the CLP is this. Is anyone locally telling the leadership any of this? Does Dawn pass it on? When we send motions to conference do they go anywhere or do they go in a drawer in Southside? Because if the answer is that nobody is listening then I don't see why an eighty-year-old man should keep paying £5 a month out of his pension to be ignored.

I'm not going to resign today. But I would like an honest reply, not a template.

With best wishes to you, you do a thankless job,
Bernard Hollins
Foxhill branch (member since 1971)""")

# 5 selection stitched up, NEC
c.add("complaint", subject="Foxhill council selection - formal complaint",
      sender=P("Leanne", "Dixon"), tags=("hard-negative", "angry", "local-decision", "selection"),
      body="""Priya,

I want it on record that I consider the Foxhill selection on Saturday to have been stitched up from start to finish.

- The shortlisting meeting was held with two days' notice on a weekday afternoon.
- Two of the five panel members are close friends of the person who was selected, one of them is her brother-in-law.
- I was told my nomination form was "late" when I have the email showing it was sent at 4.12pm, before the 5pm deadline.
- At the hustings members were handed a leaflet for one candidate at the door.

I've been a member in Foxhill for nine years, I have run the branch canvassing for four of them. I was not even interviewed.

I am lodging a formal complaint with regional office and I will take it to the NEC if I have to. I want the selection suspended until it is looked at properly. Please confirm you've received this and forwarded it on.

Leanne Dixon""")

# 6 councillor's vote on library, polite
c.add("complaint", subject="Cllr Akhtar's vote on the Northgate library",
      sender=P("Martin", "Crossley"), tags=("local-decision", "councillor-vote"),
      body="""Hello,

I'm a member in Northgate ward. I was disappointed to read in the Echo that our ward councillor, Cllr Akhtar, voted on Tuesday to close Northgate library and replace it with a "community hub" two days a week.

At the branch meeting in June he told us he would oppose it. A lot of us leafleted on the strength of that. I'd like to understand what changed, and whether he intends to explain it to the branch. I don't think it's too much to expect.

Kind regards
Martin Crossley""")

# 7 branch closure
c.add("complaint", subject="Westcombe branch - nobody asked us",
      sender=P("Pat", "Gallagher"), tags=("local-decision", "branch-closure"),
      body="""Hi Priya

I've just seen on the EC minutes that Westcombe branch is to be "merged" into Brindley Park from January. This is the first any of us has heard of it. Not one of the Westcombe members was consulted. Our branch secretary found out from me.

Yes we are small. Yes we sometimes don't make quorum. But we have run the Westcombe summer fair stall for 14 years, we deliver the whole of the estate, and the Brindley Park meetings are a 40 minute bus ride for people without cars which is most of us.

Can you tell me who proposed this, why we weren't asked, and how we get it reversed.

Pat Gallagher
(still) Westcombe branch""")

# 8 GC meetings moved earlier
c.add("complaint", subject="GC at 6pm on a Tuesday??",
      sender=P("Callum", "Reid"), tags=("local-decision", "meeting-time"),
      body="""Who decided GC is moving to 6pm Tuesdays? I finish at 6 at the depot and it's half an hour across town. So do plenty of the affiliated union delegates. You have just made it impossible for the people the party is supposedly for to attend the meeting that runs the party.

I'd like to know whether this was voted on, and if so when, because I don't remember it.

Callum (GMB delegate)""")

# 9 chair's conduct, formal
c.add("complaint", subject="Conduct of the Chair at Thursday's GC",
      sender=P("Naomi", "Adeyemi"), tags=("officer-conduct",), fmt="alt",
      body="""Dear Secretary,

I wish to raise a complaint about the conduct of the Chair, Keith Ormerod, during item 6 of Thursday's General Committee.

When I rose to speak against the motion on the Local Plan, the Chair interrupted me after less than a minute, said "we've heard this before, Naomi", and moved to the vote. Other speakers, all of them speaking in favour, were allowed to run well over the three minutes in standing orders. When I objected he told me to "sit down and stop making a scene". Several delegates have since messaged me to say they found this embarrassing to watch.

I do not think this was acceptable, and I do not think it would have been said to a man.

I am asking for:
- an acknowledgement of this complaint in writing;
- an apology from the Chair;
- confirmation that the EC will remind all officers of standing orders on speaking time.

I would prefer to resolve this locally. If that is not possible I will use the party's complaints process.

Naomi Adeyemi
Delegate, St Anne's branch""")

# 10 ignored: fourth email, quoted reply
c.add("complaint", subject="Re: Re: Re: Branch bank account",
      sender=P("Derek", "Bell"), tags=("ignored", "quoted-reply"),
      body=c.quote_reply(
          "This is now the fourth time I have asked. Nobody has replied to any of them. I'm the branch treasurer and I cannot get the mandate changed because the CLP hasn't signed the form. The bank has written twice. Is anybody actually reading this inbox?",
          """Priya, just chasing this again - I need the CLP signatory on the mandate form for Northgate branch account. Old treasurer moved to Leeds in March. Bank says the account will be frozen if we don't update.

Thanks
Derek

> On 3 Sep, Derek Bell wrote:
> Hi, following up on the below. Could someone sign the form? Happy to drop it round.
>
>> On 20 Aug, Derek Bell wrote:
>> Hello, please find attached the mandate change form for the Northgate branch account.""",
          quoted_from="Derek Bell <%s>" % "derek.bell@outlook.com", style="gmail"))

# 11 AGM notice arrived late
c.add("complaint", subject="AGM notice arrived two days AFTER the AGM",
      sender=P("Joanne", "Turner"), tags=("process-failure",),
      body="""Priya,

The postal notice of the Canal Side branch AGM arrived at my house on Monday. The AGM was on Saturday. I'm one of the members who doesn't do email much (I've only got this one through my daughter) and that letter is the only way I find out about anything.

I understand it's volunteers. But the AGM elected a whole new set of officers, and at least three of us who would have stood didn't know it was happening. I'd like to know whether the AGM can still count when the notice went out late, and who I should speak to about it.

Joanne Turner""")

# 12 bad canvass data, not sender's own
c.add("complaint", subject="Canvass data - we knocked for a man who died in February",
      sender=P("Ruth", "Okoro"), tags=("process-failure", "data-handling", "confuser", "dp-adjacent"),
      body="""Priya, I need to flag something that really upset me on Saturday.

We were out on Lime Grove with the walk sheets from the campaign office. Number 14 was down as "Mr D. Whitworth - L, postal vote, chase". His widow answered. He died in February. She'd already had a letter addressed to him from us in the spring, and now us on the doorstep. She was in tears and frankly so was I by the end.

This isn't the first time. Half the "strong Labour" marks on that sheet are from 2019. Nobody seems to be entering the data we collect - we hand the sheets back and they vanish. What is the point of knocking if the results never go anywhere?

I don't want to have another conversation like that. Can someone please explain what happens to the sheets after we hand them in, and who's responsible for keeping the data up to date?

Ruth""")

# 13 resignation, short, winter fuel
c.add("complaint", subject="Cancel me", sender=P("Terry", "Hughes"),
      tags=("resignation", "national-decision", "short"),
      body="Winter fuel. That's it, I'm done. Cancel my membership and stop the direct debit. 32 years.\n\nT Hughes")

# 14 HTML-only formal complaint about treasurer
c.add("complaint", subject="Complaint regarding expenses claim", fmt="html",
      sender=P("Margaret", "Lloyd", "btinternet.com"), tags=("officer-conduct", "html-only"),
      body="""Dear Ms Nair,

I write to complain about the manner in which my expenses claim for the May election was handled by the CLP Treasurer.

I submitted receipts totalling £63.40 for printer ink and paper used to print the Brindley Park polling-day sheets, as I had been asked to do by the campaign coordinator. I was told in an email from the Treasurer that the claim was "not authorised in advance" and would not be paid. When I telephoned to explain, the Treasurer said, in a tone I can only describe as sneering, that "some of us don't expect to be paid for volunteering".

I am a pensioner. I did not expect to be paid. I expected to be reimbursed for materials bought on the party's behalf, at the party's request.

I would be grateful if the Executive Committee would review both the claim and the way I was spoken to.

Yours sincerely,

Mrs M. Lloyd
Brindley Park branch""",
      html_body="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Ms Nair,</p>
<p>I write to complain about the manner in which my expenses claim for the May election was handled by the CLP Treasurer.</p>
<p>I submitted receipts totalling &pound;63.40 for printer ink and paper used to print the Brindley Park polling-day sheets, as I had been asked to do by the campaign coordinator. I was told in an email from the Treasurer that the claim was &ldquo;not authorised in advance&rdquo; and would not be paid. When I telephoned to explain, the Treasurer said, in a tone I can only describe as sneering, that &ldquo;some of us don&rsquo;t expect to be paid for volunteering&rdquo;.</p>
<p>I am a pensioner. I did not expect to be paid. I expected to be <b>reimbursed</b> for materials bought on the party&rsquo;s behalf, at the party&rsquo;s request.</p>
<p>I would be grateful if the Executive Committee would review both the claim and the way I was spoken to.</p>
<p>Yours sincerely,</p>
<p>Mrs M. Lloyd<br>Brindley Park branch</p>
</body></html>""")

# 15 solicitor
c.add("complaint", subject="Exclusion from the panel - my solicitor", sender=P("Rajesh", "Sharma"),
      tags=("hard-negative", "legal-threat", "selection"),
      body="""Ms Nair,

Further to the letter informing me that I have not been included on the approved panel of council candidates, I note that no reason has been given, that I was not interviewed, and that I was not told of any right of appeal.

I have passed the correspondence to my solicitor. You should expect to hear from him this week. In the meantime please preserve all notes, scoring sheets and emails relating to the panel decision.

R. Sharma""")

# 16 press threat
c.add("complaint", subject="Going to the Echo with this", sender=P("Sharon", "Walker"),
      tags=("hard-negative", "angry", "local-decision"),
      body="""You've had a month to answer about the Millbrook baths. A MONTH. The Labour council is shutting the only pool in the north of the borough and my kids' swimming club with it and not one Labour councillor has had the decency to come to a single meeting of the campaign.

Fine. Wednesday I'm sending everything to the Hatherley Echo - the emails you didn't answer, the leaflet from 2024 saying "we'll protect Millbrook baths", all of it. Let's see how that goes down on the doorstep.

Sharon Walker
Save Millbrook Baths""")

# 17 regret at the ballot box
c.add("complaint", subject="Bus route 22", sender=P("Kevin", "Thompson"),
      tags=("hard-negative", "angry", "local-decision"),
      body="""The Labour-run council has just agreed to stop subsidising the 22. That's the only bus from Foxhill to the hospital. My mother is 84 and has dialysis three times a week.

I have voted Labour all my life. So has she. You will regret this at the ballot box in May, I promise you that, and I'll be telling every neighbour on our road exactly why.

Kevin Thompson""")

# 18 ALL CAPS rant about bins
c.add("complaint", subject="BINS", sender=P("Tracey", "Moore"),
      tags=("hard-negative", "angry", "noisy", "councillor"),
      body="""THIRD WEEK NO BIN COLLECTION ON ASHCROFT ROAD. I HAVE EMAILED CLLR HALSTEAD FOUR TIMES. NOT ONE REPLY. the street stinks there are rats and he was all smiles on my doorstep in april. USELESS. absolutely useless the lot of you and dont send me to the council website ive done that

you want my vote you earn it

Tracey""")

# 19 Polish speaker, meeting moved
c.add("complaint", subject="meeting was not there", sender=P("Agnieszka", "Nowak"),
      tags=("non-native", "process-failure", "ignored"),
      body="""Hello Priya,

I am member from St Anne's since one year. Yesterday I come to the branch meeting at church hall 7pm like is written on website. Door was closed, nobody there. I wait 20 minutes in the rain with my son. After I see on facebook the meeting was moved to Trades Club but nobody send me email or sms, I am on the list I think.

This is not first time. In september also I dont receive the information. I want to be active, I want help with leaflets, but is very hard when nobody is telling me anything. Please can you check why I dont receive emails and also please that somebody correct the website.

Thank you
Agnieszka Nowak""")

# 20 Urdu-speaker, Gaza and councillor ignoring mosque
c.add("complaint", subject="Regarding Councillor and Masjid invitation", sender=P("Abdul", "Chaudhry"),
      tags=("non-native", "ignored", "foreign-policy"),
      body="""Assalamu alaikum Sister Priya,

I am writing on behalf of the committee of Jamia Masjid Northgate. Three times we have invited our Labour councillors to come and listen to the community regarding the situation in Gaza and also the parking problem on Friday prayers. Three times there is no reply. Not even a no.

Our community have supported Labour since my father time, 1960s. Many brothers now saying why we vote for people who dont even come to speak with us. I am telling them be patient but it is becoming very difficult for me also.

Kindly tell us if the councillors will come or not. We are respectful people, we only want to be heard.

Jazakallah khair
Abdul Chaudhry
General Secretary, Jamia Masjid Northgate
07700 900 412""")

# 21 forwarded councillor reply
c.add("complaint", subject="Fwd: Re: Potholes on Carver Street",
      sender=P("Sinead", "Murphy"), tags=("forwarded", "councillor", "officer-conduct"),
      body=c.forward(
          "Priya - I'm forwarding this because I think the CLP should see how one of our councillors talks to residents. I'm a member, I asked a polite question, and this is what I got back. I'd like to know if this is considered acceptable.\n\nSinead",
          """Sinead,

As I have told you and your neighbours several times, highways is a county matter and not something I can "just sort". I'm not going to keep answering the same email. If you want potholes filled, perhaps vote for a government that funds councils properly - oh wait.

Cllr B. Thornley""",
          "Cllr Barry Thornley <b.thornley@hatherleybc.gov.uk>", "Re: Potholes on Carver Street"))

# 22 webform: canvasser rude, member of public
c.add("complaint", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Colin Bailey", "colin.bailey61@sky.com"), tags=("webform", "volunteer-conduct", "public"),
      body=c.webform({
          "Name": "Colin Bailey",
          "Email": "colin.bailey61@sky.com",
          "Postcode": "HT4 7QP",
          "Subject": "Your canvasser",
          "Message": "One of your canvassers came to my door this afternoon (Saturday, about 2pm, Brook Lane). When I said I was voting Reform he called me a racist and walked off laughing with his mate. I have never been called that in my life. I'm 70 and I've voted Labour more times than not. I'd like an apology and I'd like to know if that's how you train them.",
      }))

# 23 youth officer election, also procedural
c.add("complaint", also=["procedural"], subject="Youth officer election at AGM was not valid",
      sender=P("Josh", "Kaur"), tags=("process-failure", "agm"),
      body="""Hi Priya,

I'm writing about the youth officer election at the CLP AGM. I want to formally challenge the result.

Under the rules the youth officer is elected by members under 27 only. At the AGM the chair called it as an open vote of the whole room. I raised a point of order and was told "we always do it this way". That's not the rules, it's just habit. The candidate who won is lovely but she got in on votes from people who weren't eligible to vote for that post.

I'd like the election re-run with only eligible members voting, ideally online so more young members can take part (most of us were at work / uni that night).

Cheers,
Josh
Hatherley Young Labour""")

# 24 MP office ignoring casework
c.add("complaint", subject="Dawn's office are ignoring me", sender=P("Denise", "Collins"),
      tags=("ignored", "mp-office"),
      body="""hi sorry to email the party but i dont know who else to go to. Ive emailed Dawn Ashworths office 6 times since july about my sons EHCP, the council are 20 weeks late. I got one auto reply saying they would be in touch in 10 working days and nothing since. I rang and left messages. I am a member i have been for 3 years and i know shes busy but this is my sons education.

can someone in the party give them a nudge or tell me who to speak to? ive had enough honestly

Denise""")

# 25 sarcastic
c.add("complaint", subject="Congratulations", sender=P("Owen", "Price"),
      tags=("sarcastic", "meetings"),
      body="""Congratulations to the EC on another two-and-a-half-hour GC in which we approved the minutes, noted the treasurer's report, noted the correspondence, noted the MP's report (delivered by video, again), ran out of time for both motions and agreed to "come back to it next month".

Three months in a row the housing motion has been pushed to the end of the agenda and then run out of time. I'm sure that's a coincidence.

Looking forward to noting things again in November.

Owen""")

# 26 teenager patronised
c.add("complaint", subject="the way young members get spoken to", sender=P("Chloe", "Bennett"),
      tags=("officer-conduct", "youth"),
      body="""hey, so i'm 17 and joined last year and i went to my first GC on thursday. honestly i left feeling really stupid. when i asked what "CAC" meant someone near the front literally laughed and said "bless" and the chair said "we haven't got time for a politics lesson tonight". nobody explained anything after either.

i'm not trying to cause drama but three of my friends were going to join and now they're like why would we. if you want young people to come you can't treat us like kids. idk who to tell so i'm telling you

chloe""")

# 27 accounts not published, "I'll make sure every member knows"
c.add("complaint", subject="Where are the accounts?", sender=P("Stephen", "Hall"),
      tags=("hard-negative", "angry", "officer-conduct", "finance"),
      body="""Priya,

For the second AGM running there were no audited accounts. The treasurer's "report" was a single slide with three numbers on it. When I asked what the £2,400 under "campaign costs" was spent on I was told it was "in the ledger". When I asked to see the ledger I was told to put it in writing.

So here it is in writing. I want to see the ledger for the last two financial years, the bank statements and the auditor's name.

If I don't have them by the end of the month I will make sure every member of this CLP knows the accounts have been withheld, and I will be writing to the regional director and the NEC's compliance unit.

Stephen Hall""")

# 28 leaflet misprint
c.add("complaint", subject="wrong photo on the Brindley Park leaflet", sender=P("Hazel", "Foster"),
      tags=("process-failure", "campaign"),
      body="""Hi Priya

I've just been handed 600 leaflets to deliver in Brindley Park and they have Amara's name on them but the photo is of Sandra from the St Anne's leaflet. I've checked three bundles and they're all the same. Amara's going to be mortified.

I really don't want to sound ungrateful to whoever does the design, but this is the second time this year - the Northgate one had the wrong polling date. Is anyone actually proofreading these before they go to the printer? Who signs them off? Money we can't afford, wasted.

Not delivering them obviously. Let me know what you want done with them.

Hazel""")

# 29 blood on her hands, MP welfare vote
c.add("complaint", subject="Dawn voted for the cuts", sender=P("Rosa", "Iqbal"),
      tags=("hard-negative", "metaphor", "national-decision", "mp"),
      body="""I run a foodbank session at St Anne's on Fridays. Since the universal credit health element was frozen we've had more disabled people through the door than ever. Last week a man in a wheelchair cried because we'd run out of tins he could open.

And Dawn voted for it. She sat in the Commons and voted for it.

She has blood on her hands on this, and so does every Labour MP who went along with it. I want the CLP to write to her and ask her to explain her vote to members at a public meeting, not a Facebook video. If the CLP won't do that I want to know why.

Rosa""")

# 30 immigration speech
c.add("complaint", subject="The Prime Minister's immigration speech", sender=P("Kwame", "Mensah"),
      tags=("national-decision", "immigration", "leader"),
      body="""Dear Priya,

I came to this town in 1989 from Kumasi. I have been a Labour member for twenty-two years, a shop steward for eleven of them, and a school governor in Northgate. I have never felt as unwelcome in my own party as I did listening to the Prime Minister's speech on immigration last week, with its talk of the country being changed beyond recognition.

I do not need the CLP to agree with me on every policy. But I would like to know whether the CLP intends to say anything at all, and whether the executive has considered how this lands with members like me, of whom there are quite a few in this constituency.

Regards,
Kwame Mensah""")

# 31 formal resignation, calm
c.add("complaint", subject="Resignation of membership", sender=P("Gillian", "Ward"), fmt="alt",
      tags=("resignation", "national-decision", "calm"),
      body="""Dear Priya,

Please accept this email as notice that I am resigning my membership of the Labour Party with immediate effect. I have cancelled the direct debit with my bank.

I have been a member for thirty years and a branch secretary for six of them, so this has not been an easy decision. I cannot, however, continue to ask people on the doorstep to support a government that has kept the two-child limit, cut the winter fuel payment and tried to take PIP from disabled people. I no longer believe I can defend it honestly.

None of this is a reflection on you or on the officers locally, who have always been kind and hard-working. I wish you well.

Gillian Ward""")

# 32 angry txt-style resignation
c.add("complaint", subject="im out", sender=P("Lewis", "Jackson"),
      tags=("resignation", "noisy", "short"),
      body="nah im done with u lot. joined for corbyn stayed for the council elections and ur all just tories in red ties now. dont email me again asking for money\n\nsent from my iphone")

# 33 access, complaint
c.add("complaint", subject="Step-free access (again)", sender=P("Val", "Rogers"),
      tags=("access", "process-failure"),
      body="""Priya,

For the third time this year, the branch meeting was held upstairs at the Carver Arms, which has no lift. I use a wheelchair. I sat in the bar downstairs while the meeting I'd come to went on above my head. A nice young man came down to tell me what was decided. That's not participating, is it.

In March the EC promised that all meetings would be in accessible venues. I'd like to know what happened to that promise and why no one thought to check.

I'm not asking for special treatment. I'm asking to be in the room.

Val Rogers
Canal Side""")

# 34 motion removed, URGENT, also procedural
c.add("complaint", also=["procedural"], subject="URGENT - my motion has been removed from the agenda",
      sender=P("Imran", "Hussain"), tags=("urgent-subject", "process-failure", "motion"),
      body="""Priya,

The agenda for Thursday's GC went out this morning and my motion on the council's housing allocations policy is not on it. I submitted it on the 2nd, well inside the deadline, and it was seconded by Northgate branch. Nobody has told me why it's been left off.

If the chair has ruled it out of order I want to know on what grounds, under which standing order, and I want that in writing before Thursday. If it's been "forgotten" I want it put back.

This is the second motion from Northgate that has quietly disappeared this year.

Imran Hussain
Northgate branch secretary""")

# 35 Membersnet wrong branch for months, confuser
c.add("complaint", also=["query"], subject="Still in the wrong branch after 8 months",
      sender=P("Laura", "Evans"), tags=("ignored", "process-failure", "confuser", "dp-adjacent"),
      body="""Hello again,

I moved from Westcombe to Hatherley Central in February and told the membership secretary, the branch, and updated my address on Membersnet. It is now October. I am still listed as Westcombe, still get Westcombe emails, and wasn't allowed to vote at the Hatherley Central AGM because "you're not on our list".

I've emailed about it four times. I'm not sure what else I'm supposed to do. Can anyone actually fix this, or tell me who can?

Laura Evans""")

# 36 women's officer ignored
c.add("complaint", subject="Women's forum - not good enough", sender=P("Gill", "Sutcliffe"),
      tags=("officer-conduct", "ignored", "women"),
      body="""Priya

As Women's Officer I have asked for a slot on the GC agenda for four meetings now to report on the women's forum and the childcare fund. Every time I'm told "next month, we're running over". Meanwhile there's always time for the MP's video and twenty minutes of correspondence.

I'm copying Keith in because I think this has gone on long enough. The forum has 40 women on its list. They want to know their work is valued by the CLP. At the moment I can't honestly tell them it is.

I want a guaranteed slot in November, near the top of the agenda. Please confirm.

Gill Sutcliffe
CLP Women's Officer""", cc=("Keith Ormerod <chair@hatherleylabour.org.uk>",))

# 37 councillor suspended from group, NEC/union
c.add("complaint", subject="My suspension from the Labour group", sender=("Cllr Dave Pennington", "dave.pennington@hatherleybc.gov.uk"),
      tags=("hard-negative", "angry", "local-decision", "whip", "councillor"),
      body="""Priya,

I've now had the letter from the group whip confirming I'm suspended from the Labour group for three months for voting against the budget amendment that closes two children's centres.

I voted the way I told my residents I would vote. I told the group leader in advance. I told the whip in advance. There was no "surprise". The only thing I did wrong was not fold.

I want the CLP to know that I regard this as a disgrace, and I'm asking the EC to pass a motion of support. I'll also be taking this to my union and to the NEC, because the group's standing orders were not followed - there was no hearing, I was not allowed to bring a friend, and the decision was taken by text message.

They can suspend me for as long as they like. I'll still be on the doors in Foxhill every Saturday, which is more than can be said for some of them.

Dave""")

# 38 campaign coordinator shouting at phone-bankers
c.add("complaint", subject="Phone bank on Wednesday", sender=P("Uchenna", "Obi"),
      tags=("officer-conduct", "volunteers"),
      body="""Hi Priya,

I hope you don't mind me raising this with you directly. At Wednesday's phone bank in the Unison office, Marcus (campaign coordinator) raised his voice at two of the newer volunteers because their contact rate was "pathetic". One of them is a 19-year-old on her second ever session. She went to the toilets and didn't come back.

I know Marcus is under a lot of pressure with the by-election and I do like him. But if we treat volunteers like that we'll have none left by polling day. Could someone have a word?

Best,
Uchenna""")

# 39 speaker invited
c.add("complaint", subject="Political education night speaker", sender=P("Declan", "O'Neill"),
      tags=("local-decision", "events"),
      body="""Priya,

Can I ask who chose the speaker for next month's political education evening? A think tank that has spent the last five years arguing for means-testing the state pension, and we're giving them an hour and a free platform in the Trades Club, paid for out of our subs.

Political education should mean hearing from the movement, not from people who want to cut it. I'd like the EC to reconsider, and if it won't, I'd like to know who made the decision and how.

Declan""")

# 40 hustings chair bias
c.add("complaint", subject="Parliamentary selection hustings - the chairing", sender=P("Harpreet", "Gill"),
      tags=("selection", "process-failure"),
      body="""Dear Priya,

I attended the hustings for the longlisted candidates last night. I want to record some concerns about how it was chaired.

Candidate B was given roughly six minutes for her opening statement when the others were cut off at three. In the Q&A, questions from the floor were taken in batches, and two of three batches happened to end with a question directly on candidate B's specialism. The chair also referred to candidate B by her first name throughout and the others by their surnames.

None of this may have been deliberate. But members noticed, and if the selection is to have the confidence of the CLP it has to be seen to be fair. I'd ask that the remaining hustings use a timekeeper independent of the EC.

Regards,
Harpreet Gill
Hatherley Central""")

# 41 cancelled meeting, taxi
c.add("complaint", subject="Meeting cancelled and nobody told me", sender=P("Irene", "Campbell"),
      tags=("process-failure", "ignored"),
      body="""Dear Priya

I got a taxi to Millbrook Community Centre on Monday for the branch meeting. £11 each way. The caretaker told me it had been cancelled "ages ago". I don't have a smartphone and I'm not on Facebook so I don't see those announcements. I did ring the branch secretary's number a week before and nobody called back.

I'm 79 and I don't mind the taxi when there's a meeting at the end of it. I do mind when there isn't.

Irene Campbell""")

# 42 CLP social media post
c.add("complaint", subject="That Facebook post about the Greens", sender=P("Sophie", "Wright"),
      tags=("social-media", "officer-conduct"),
      body="""Hi,

Whoever runs the CLP Facebook page: the meme last night comparing the Green councillor in Canal Side to a "watermelon" with the little flag was really cringe and frankly a bit nasty. Half my friends vote Green and now I'm getting screenshots in the group chat asking if that's what Labour is like.

Can it be taken down? And can we have some kind of sign-off for what goes on the page, because it reflects on all of us.

Sophie""")

# 43 public webform: "Labour has killed this town"
c.add("complaint", subject="Website contact form: Day centre", sender=c.form_robot(),
      reply_to=("Janet Kowalski", "jan.kowalski@hotmail.co.uk"),
      tags=("hard-negative", "metaphor", "webform", "public", "local-decision"),
      body=c.webform({
          "Your name": "Janet Kowalski",
          "Your email": "jan.kowalski@hotmail.co.uk",
          "Ward (if known)": "Westcombe",
          "Your message": "My brother has learning disabilities and has gone to Westcombe day centre every weekday for 22 years. Your Labour council voted last night to close it. There's nothing to replace it, just a 'personal budget' that won't pay for anything. Labour has killed this town bit by bit - the library, the baths, now this. You should be ashamed. I want to know which of your councillors voted for it so I can tell everyone I know.",
      }, form="Get in touch"))

# 44 MP surgery cancelled thrice
c.add("complaint", subject="Surgery cancelled AGAIN", sender=P("Brian", "Murray"),
      tags=("mp", "process-failure", "short"),
      body="""Third Saturday surgery in a row cancelled with a note on the library door. I took a morning off work for the last one. If Dawn can't do surgeries can the party at least put it on the website before people turn up?

Brian Murray""")

# 45 death of the party, selection
c.add("complaint", subject="Parachuted candidate", sender=P("Neil", "Walker"),
      tags=("hard-negative", "metaphor", "selection", "national-decision"),
      body="""Priya,

So the NEC has imposed a shortlist of one for the Hatherley by-election and she lives in Islington. Three local candidates who have worked this patch for years were not even interviewed.

This will be the death of the party in this town. People here can smell a parachute a mile off. You'll have members sitting on their hands, and you'll have voters who've had Labour for forty years deciding it doesn't matter any more.

I want the CLP to formally protest to the NEC. Will the EC table that for the next GC? If not I'll bring it myself as an emergency motion.

Neil Walker""")

# 46 auto-exclusion of a friend
c.add("complaint", subject="Why has Tony been expelled?", sender=P("Mandy", "Jenkins"),
      tags=("national-decision", "disciplinary"),
      body="""Priya,

Tony Fairclough, who has been a member in Northgate for as long as I have (26 years), got a letter yesterday saying he has been "auto-excluded" for "support for an organisation not compatible with membership". He went to a public meeting. He signed a petition. That's it. He's 72 and he's devastated.

No investigation, no chance to explain, no hearing. I realise it's a national decision but surely the CLP can say something on his behalf? Who do we write to? What's the CLP doing to support members who are treated like this?

Mandy Jenkins""")

# 47 Local Plan greenbelt
c.add("complaint", subject="Local Plan vote - Hollins Farm field", sender=P("Graham", "Parker"),
      tags=("local-decision", "councillor-vote", "housing"),
      body="""Dear Secretary,

I'm writing to register my unhappiness at the Labour group voting for the Local Plan allocation at Hollins Farm. I support building homes - we need them - but that field floods every winter and the developer's own survey says so. There was no affordable housing condition worth the name.

Can the CLP ask the group leader to come to a GC and explain how the decision was reached? Members in Foxhill were promised a consultation meeting and it never happened.

Graham Parker""")

# 48 "that's not an answer" bottom-posted
c.add("complaint", subject="Re: Your complaint about the AGM", sender=P("Joseph", "Allen"),
      tags=("quoted-reply", "process-failure"),
      body=c.quote_reply(
          "With respect, Priya, that is not an answer. I didn't ask whether the AGM was \"properly advertised on the website\". I asked why members without internet were not sent a letter, as the CLP agreed at the 2024 AGM. Please can you answer the question I actually asked.\n\nJoe",
          """Dear Joe,

Thank you for your email. I'm sorry you feel the AGM was not well publicised. The date was on the website and the Facebook page for six weeks, and was announced at the two previous GCs.

Best wishes,
Priya""", style="bottom"))

# 49 union delegate credentials
c.add("complaint", subject="Affiliate delegates turned away", sender=P("Moira", "Stewart"),
      tags=("process-failure", "affiliates"),
      body="""Dear Priya,

Two of our Unite delegates were told at the door of last Thursday's GC that they "weren't on the list" and could attend as observers only. Their credentials were sent to you by the branch secretary on 4 August and I have the email and your acknowledgement.

Unite pays affiliation fees to this CLP. We expect our delegates to be able to vote. Please confirm in writing that they are now on the register and that the vote on item 7, which was carried by two, will be looked at.

Moira Stewart
Branch Secretary, Unite Hatherley Community""")

# 50 fight like hell against merger
c.add("complaint", subject="Re: Branch reorganisation proposals", sender=P("Tom", "Morris"),
      tags=("hard-negative", "metaphor", "branch-closure", "quoted-reply"),
      body=c.quote_reply(
          """Keith, Priya,

I read this on the bus and had to get off a stop early to calm down. You are proposing to abolish St Anne's branch - the biggest branch in the CLP by turnout - so that the EC can "streamline". Nobody in St Anne's asked for this.

I'll be honest, the members here will fight like hell against it. We'll be at the GC, all of us, and we'll vote it down. And if it goes through anyway, don't expect St Anne's members to be queuing up to deliver your leaflets.

Tom Morris, St Anne's""",
          """Dear all,

Attached are the EC's proposals for branch reorganisation to be discussed at the November GC. In summary, the EC proposes to reduce the number of branches from eight to five, merging St Anne's with Hatherley Central, Westcombe with Brindley Park, and Canal Side with Millbrook...""",
          quoted_from="Keith Ormerod <chair@hatherleylabour.org.uk>", style="outlook"))

# 51 minutes misrepresent, also procedural
c.add("complaint", also=["procedural"], subject="Minutes of September GC misrepresent what I said",
      sender=P("Amara", "Obi"), tags=("officer-conduct", "minutes"),
      body="""Priya,

The draft minutes record me as saying that I "supported the EC's position on the Local Plan with reservations". I said the opposite. I said I opposed it and I explained why for three minutes. There are thirty people who heard me.

I'd like the minutes corrected before they come to the next GC for approval. I'd also like to know how this happened, because I don't think a note-taker mishears "I oppose" as "I support".

Amara""")

# 52 dues
c.add("complaint", subject="Subs going up", sender=P("Sean", "Kelly"),
      tags=("national-decision", "dues"),
      body="""Alright Priya

Just had the email saying standard rate's going up again from January. No vote, no consultation, nothing. Meanwhile the CLP's share of it keeps shrinking and we're told to fundraise with raffles. Who actually decided this and where does the extra money go? Asking as someone on £11.44 an hour who's been wondering whether it's still worth it.

Sean""")

# 53 imposed candidate - Guardian
c.add("complaint", subject="I'll be writing to the papers", sender=P("Wendy", "Baker"),
      tags=("hard-negative", "angry", "selection", "national-decision"),
      body="""Priya

You'll have had a lot of these. I don't care. The regional office has just vetoed two of our locally nominated candidates for the county council without giving a single reason. One is a nurse and one is a retired headteacher. Neither has ever been in trouble with the party. This is a purge, dressed up as "due diligence".

I've written to the regional director and had no answer. So I'm writing to the Guardian, the Mirror and the Echo this week, with names and dates. Members deserve to know how this party is run and I'm done keeping my mouth shut for the sake of unity.

Wendy Baker
Brindley Park""")

# 54 crush them in May, campaign shambles
c.add("complaint", subject="no leaflets again", sender=P("Shaun", "Edwards"),
      tags=("hard-negative", "metaphor", "campaign", "process-failure"),
      body="""Priya

Turned up at 10 at the Millbrook shops this morning for the advertised leaflet session. 6 of us. No leaflets, no maps, no organiser, nobody answering the phone. We stood about for 40 minutes and went home.

We could crush the Reform lot in May in Millbrook, the ground is there. But not like this. Not if half the volunteers get stood up and never come back. Whoever is organising the ground game needs to either do it or hand it to someone who will.

Shaun""")

# 55 iPhone one-liner about councillor on Facebook
c.add("complaint", subject="Halstead", sender=P("Liz", "Roberts"),
      tags=("councillor", "short", "officer-conduct"),
      body="Absolutely disgraceful comments from Cllr Halstead on the Hatherley Community Noticeboard group last night, calling residents \"moaners\". Explain why he's still group leader.\n\nSent from my iPhone")

# 56 racist remark not handled
c.add("complaint", subject="Complaint made in June - no outcome", sender=P("Hamza", "Ali"),
      tags=("process-failure", "ignored", "complaints-process"),
      body="""Dear Priya,

In June I reported to you a comment made by a member at the Canal Side branch social. The comment was about people "like me" taking over the ward, and it was made loudly, in front of about fifteen people, two of whom have given me written statements.

You told me you would pass it to the regional office and to the party's complaints unit. Four months later I have had no acknowledgement from anyone, no reference number, nothing. The member concerned is still attending branch meetings and sat two seats from me in September.

Could you please tell me (a) whether the complaint was actually forwarded, (b) to whom, and (c) what reference it has. If it was not forwarded I'd like to know why.

Regards,
Hamza Ali""")

# 57 Zoom-only excluding older members
c.add("complaint", subject="Online-only meetings", sender=P("Maureen", "Young", "aol.com"),
      tags=("local-decision", "access", "meetings"),
      body="""Dear Priya,

My husband and I have been members for over forty years and we have always gone to the branch meetings. Since the branch decided to hold them on Zoom "to save on hall hire" we have not been to a single one. We have tried. The computer doesn't do the sound and the grandchildren aren't always here to help.

There are at least six of us in Brindley Park in the same boat. We are being left out of our own party. Could the branch at least have one in three meetings in person? We would happily put a few pounds in a tin towards the hall.

Yours,
Maureen Young""")

# 58 non-member, LTN, regret at ballot box
c.add("complaint", subject="Hatherley Central low traffic scheme", sender=P("Paul", "Harris"),
      tags=("hard-negative", "angry", "public", "local-decision"),
      body="""I'm not a member of your party but I've voted for you at every council election since 2010. Your councillors voted through the planters on Mill Road with no real consultation. My commute has doubled and my elderly dad can't get a taxi to his door any more.

Cllr Desai told me on the doorstep it was "a trial". Now it's permanent. 

Pass this on to whoever needs to hear it: you'll regret this at the ballot box. Every house on our road has a petition sheet on the fridge.

P. Harris""")

# 59 insulting secretary
c.add("complaint", subject="useless", sender=P("Darren", "Clarke"),
      tags=("hard-negative", "angry", "ignored", "officer-conduct"),
      body="""Priya,

Seven weeks. Seven weeks since I asked for my membership card and a copy of the rules. You're the secretary. That is literally your job. If you can't manage an inbox perhaps you should step aside for someone who can, because frankly you are useless and everyone at the branch says so behind your back.

I'll be raising your performance at the AGM and asking for a vote on it.

D Clarke""")

# 60 Romanian speaker, canvasser rude to husband
c.add("complaint", subject="about the people who knock on door", sender=P("Ioana", "Popescu"),
      tags=("non-native", "volunteer-conduct", "public"),
      body="""Good evening,

I write because on Sunday two persons from Labour party come to our house on Foxhill Road. My husband open the door. He speak English not very good. They ask him if he vote and when he say we are Romanian and we vote in local election because we have settled status, one of them said "oh right, so not really" and laughed and they go.

We have right to vote in local election, I check on the council website. My husband feel very bad, like we are not welcome. We was thinking to vote Labour because of Cllr Desai who help us with the landlord problem. Now I dont know.

Please tell to these people to be more respectful. I would like also that somebody say sorry to my husband.

Thank you,
Ioana Popescu""")

c.write()
