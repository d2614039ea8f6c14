"""train/te3: more bulk for Hatherley CLP -- member-announce and branch lists, a regional
women's forum, a CWU branch list, Google Groups, newsletters, campaign tools, personal-looking
robots with no list headers, auto-replies, bounces and marketing. All text hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "te3", seed=1503)
SEC = c.clp[2]
NOH = ("confuser", "robot-no-list-headers")


def mlist(listname, domain, tag, subject, body, sender, tags=(), also=(), precedence=True,
          footer=None, **kw):
    """A post through a Mailman-style list: list headers, optional subject tag and footer."""
    h = c.list_headers(listname, domain=domain, precedence=precedence)
    addr = h["List-Post"][8:-1]
    if footer:
        body = body.rstrip() + "\n\n" + footer + "\n"
    c.add("bulk", body, subject=(f"[{tag}] " if tag else "") + subject, sender=sender, to=addr,
          headers=h, also=also, tags=("list", *tags), **kw)


def members(subject, body, sender, **kw):
    mlist("Hatherley Labour Members", "lists.hatherleylabour.org.uk", "Hatherley Labour", subject,
          body, sender, footer="--\nYou are subscribed to the Hatherley Labour members' announcement list.\n"
          "To unsubscribe: https://lists.hatherleylabour.org.uk/unsubscribe/members", **kw)


def priory(subject, body, sender, **kw):
    mlist("Priory Fields Branch", "lists.hatherleylabour.org.uk", "PriorySpeak", subject, body, sender,
          precedence=False, **kw)


def swwomen(subject, body, sender, **kw):
    mlist("SW Labour Women", "lists.swlabourwomen.example.org", None, subject, body, sender,
          footer="________________________\nSouth West Labour Women's Forum list. Posts are the views of the author.\n"
          "Manage your subscription: https://lists.swlabourwomen.example.org/manage", **kw)


def cwu(subject, body, sender, tags=(), **kw):
    mlist("CWU Hatherley and District", "cwuhatherley.example.org.uk", "CWU H&D", subject, body, sender,
          tags=("trade-union", *tags), **kw)


def ggroup(group, title, subject, body, who, tags=(), **kw):
    name, addr = who
    h = {"X-Original-From": f"{name} <{addr}>", "Reply-To": f"{name} <{addr}>", "Precedence": "list",
         "Mailing-list": f"list {group}@googlegroups.com; contact {group}+owners@googlegroups.com",
         "List-ID": f"<{group}.googlegroups.com>",
         "List-Unsubscribe": f"<mailto:googlegroups-manage+1022+unsubscribe@googlegroups.com>, "
                             f"<https://groups.google.com/d/forum/{group}/unsubscribe>"}
    body = (body.rstrip() + "\n\n-- \nYou received this message because you are subscribed to the Google Groups \""
            + title + f"\" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to {group}+unsubscribe@googlegroups.com.\n")
    c.add("bulk", body, subject=subject, sender=f"{name} <{group}@googlegroups.com>",
          to=f"{group}@googlegroups.com", headers=h, tags=("list", "google-group", *tags), **kw)


# ====================================================================== member announcements
members("Campaign update - week 6", """Hi everyone,

Week 6 of the campaign and here's where we are:

DOORS KNOCKED: 4,812 (target 6,000 by polling day)
LEAFLETS OUT: 21,000 of 28,000
NEW VOLUNTEERS: 17 this week, welcome!

What's on this week:
- Tues 6.30pm - Coldharbour, meet at the shops on Marsh Rd
- Thurs 6.30pm - Elmbridge, meet outside St Luke's
- Sat 10am - BIG day of action, Priory Fields, meet at the community centre. Bacon butties from 9.30.
- Sun 2pm - Hatherley Vale, meet at the war memorial

Priority this week: the postal vote leaflet MUST be out by Friday because the postal votes land next week.

If you've got a round and can't do it, tell Deepak rather than leaving it in your hall. We've all done it.

Thank you - you lot are brilliant.

Deepak Sharma
Campaign Co-ordinator, Hatherley Labour""", ("Deepak Sharma", "campaign@hatherleylabour.org.uk"))

members("Summer BBQ - tickets on sale", """☀️ HATHERLEY LABOUR SUMMER BBQ ☀️

Sunday 12 July, 1pm till late
Cllr Jackie Denton's garden, 14 Orchard Way (by kind permission of Jackie and her very patient husband)

Adults £10, kids free, veggie and halal options
Raffle, tombola, cake stall, and the annual "guess the weight of the marrow"

Tickets from Sue at any branch meeting or by bank transfer (ref BBQ + your name) to the CLP account.

All proceeds to the campaign fund.""", ("Sue Prentice", "events@hatherleylabour.org.uk"), fmt="alt")

# ====================================================================== Priory Fields branch
priory("Re: Re: Re: speed bumps on Coldharbour Lane", c.quote_reply("""I'm with Graham on this. I live on Coldharbour and the lorries from the depot come down at 40 easy. Speed bumps won't stop them, they'll just shake our houses to bits. A 20 zone with a camera is what we need.

Shirley""", """> I'm not sure speed bumps are the answer - the buses hate them and the
> ambulance station is at the end of the road.
>
> Graham
>
> On Tue, Ian Crossland wrote:
>> Residents' association have asked if the branch will back their
>> petition for speed bumps. Can we discuss Thursday?""",
    quoted_from="Graham Whitlock <g.whitlock@btinternet.com>", style="gmail"),
       ("Shirley Voss", "shirleyvoss@talktalk.net"), tags=("quoted", "thread"))

priory("Branch minutes - January (draft)", """Draft minutes, Priory Fields branch, Thursday 15 January, Priory Fields Community Centre

Present: 11 members (list on file). Apologies: 4.
Chair: Ian Crossland. Minutes: Ruth Adebayo.

1. Minutes of December meeting agreed.
2. Councillors' report (Cllr Jackie Denton): budget consultation; fly-tipping behind the parade; the community centre roof.
3. Speed bumps - Coldharbour Lane. Agreed to write to the residents' association supporting a 20mph zone rather than speed bumps. Ian to draft.
4. Campaign: Saturday sessions to continue. Ruth to organise a session for new members.
5. Motion to CLP on bus cuts - agreed (9 for, 0 against, 2 abstentions). To be forwarded to the CLP secretary for the GC.
6. AOB: Eid party invitation from Mr Siddiqui - all welcome.

Next meeting Thursday 19 February.

Please send corrections to me before the next meeting.
Ruth""", ("Ruth Adebayo", "ruth.adebayo@gmail.com"), also=["procedural"],
       tags=("confuser", "procedural-on-list"))

priory("can someone take my round this week", """Can someone take my round (Elm Close + Beech Walk, 160 leaflets) this week, I've done my back in. They're in a Co-op bag on my porch, 7 Linden Rd, just grab them. Ta very much. Clive""",
       ("Clive Barraclough", "clivebarraclough@hotmail.co.uk"))

priory("Saturday's results", """Great session on Saturday - 14 of us, 310 doors, and we smashed our target for Elmbridge by 50.

Feedback from the doors:
- bins (again)
- the bus cuts - the 42 is the big one, people are really angry
- a lot of "don't know" on the council election, which is good news because it means they're persuadable
- 3 people who want a poster!

Thanks all. Same time next week.
Ian""", ("Ian Crossland", "ian.crossland@outlook.com"), tags=("hard-negative", "benign-violent-word"))

priory("young labour social fri??", """anyone going to the young labour social thing on fri?? its at the brewdog in town from 7 i think. would be good to not walk in on my own lol. im 19 btw and new so dont know anyone yet

jade""", ("Jade Merrick", "jademerrick06@icloud.com"), tags=("confuser", "question-on-list", "txt-speak"))

priory("Staying safe on the doors - quick reminder", """Hi all, given how heated things have been nationally, a quick reminder of the basics we agreed at the last branch meeting. None of this is because of anything that's happened here - it's just good practice.

- Always canvass in at least pairs and keep each other in sight.
- Never go into anyone's house, however kind the offer of tea.
- If someone is aggressive, say thank you, walk away, and note the address so we don't knock again.
- Session leads have a list of everyone out and will check everyone's back at the end.
- The regional office has a candidate and activist safety guide on Membersnet - worth ten minutes.

If anything does happen on the doors, tell your session lead and the branch secretary the same day.

Ruth""", ("Ruth Adebayo", "ruth.adebayo@gmail.com"), tags=("hard-negative", "news-about-threats"))

priory("Lost umbrella", """Left a black umbrella with a wooden handle at the community centre Thursday. Anyone pick it up? Sentimental value (was my dad's). Ron""",
       ("Ron Tapper", "rontapper@btinternet.com"), tags=("one-line",))

priory("Eid party - all Labour members welcome", """Assalamu alaikum and hello to all members,

On behalf of Priory Fields Mosque Community Association I want to invite all the Labour members of our branch to our Eid community party. It is on Saturday after Eid, from 2pm until 6pm in the community centre main hall. There will be food (lots of food, my wife is cooking), children's games, henna, and a short talk from our councillor.

Please come and bring your families. It is good for the community to see Labour people there not only in election time. Last year only 3 members came and the people remember this.

No need to reply, just come.

Jazak Allah khair,
Tariq Siddiqui
Treasurer, PFMCA""", ("Tariq Siddiqui", "tsiddiqui.pfmca@gmail.com"))

priory("Fwd: Consultation - bus lane on Marsh Road", c.forward("""FYI - council consultation below, closes in 3 weeks. Worth us doing a branch response? The shops on Marsh Rd are already worried.""",
"""Dear stakeholder,

Hatherley Borough Council is consulting on proposals to introduce a bus lane on Marsh Road between the Priory roundabout and Station Street, operating 7-10am and 4-7pm Monday to Friday.

The proposals include the removal of 22 on-street parking spaces. Full details and an online response form are available on the council's consultation hub.

The consultation closes at midnight on 28 March.

Transport Policy Team
Hatherley Borough Council""", "Transport Policy <transport.consultations@hatherley.example.gov.uk>",
"Consultation: Marsh Road bus lane proposals"), ("Graham Whitlock", "g.whitlock@btinternet.com"),
       tags=("forwarded",))

# ====================================================================== SW women's forum
swwomen("Thinking of standing? Drop-in surgery Saturday", """Thinking about standing for council in 2027? Not sure where to start?

The forum is running an informal drop-in (in person in Bristol and online) this Saturday, 11am-1pm. Three women councillors from around the region will be there to answer anything - the process, the time commitment, what it's really like, how you juggle it with kids, caring, a job. No question too small.

Just turn up. Or join on Zoom - link on the forum website.

Maggie""", ("Maggie Trelawny", "maggie.trelawny@swlabourwomen.example.org"))

swwomen("Re: Period products in schools motion", c.quote_reply("""We passed something similar at Hatherley last year and it went nowhere - the council said it was a matter for schools and the schools said it was a matter for the council. Suggest the motion names who should do what and by when.

Bola Adeyemi-Ward (Hatherley CLP Women's Officer)""",
"""Attached is a draft model motion on free period products in all secondary schools in the region. Comments welcome by the 20th.""",
    quoted_from="Maggie Trelawny <maggie.trelawny@swlabourwomen.example.org>", style="gmail"),
        ("Bola Adeyemi-Ward", "bola.aw@outlook.com"), tags=("quoted",))

swwomen("Two-child limit - why I nearly tore up my card", """I wasn't going to post this but a few of you asked me after the meeting so here goes.

I'm a single mum of three. I work 30 hours a week in a care home. When the two-child limit came in my youngest was two. I've lost roughly £3,500 a year ever since. I joined Labour in 2017 because I believed a Labour government would scrap it on day one.

It didn't. And when it was finally announced that it was going, I cried, but I also thought about all the families who went without for years while people in nice offices talked about "fiscal rules".

The two-child limit was the death of a lot of children's chances round here and I don't think the party has ever really understood that. I nearly tore my card up twice.

I didn't, because the alternative is worse, and because the women on this list have been the ones who kept me going. But please, when we write motions and manifestos, remember people like me aren't a "cohort". We're members.

Leanne""", ("Leanne Pascoe", "leannepascoe@yahoo.co.uk"), tags=("hard-negative", "metaphor"))

# ====================================================================== CWU branch
cwu("Royal Mail USO changes - members' briefing", """Members' briefing: changes to the Universal Service Obligation

Colleagues,

Ofcom's decision on the USO means second class letters will be delivered every other weekday from the summer. Management in Hatherley DO have confirmed they intend to start the new delivery model in June.

What this means:
- revised duties for every walk
- a review of Saturday working
- the company says no compulsory redundancies. We will hold them to that in writing.

The branch will be holding workplace meetings at every office. Your rep will confirm the time. Please do not sign anything about new duties without speaking to a rep first.

In unity,
Phil Harker, Branch Secretary""", ("Phil Harker", "branch.secretary@cwuhatherley.example.org.uk"))

cwu("Darts night Friday", """Branch darts night Friday at the Railway Tavern, 8pm. Teams of 3, £2 a head, winners get a tenner each and eternal glory. Bring your own arrows or use the pub's (bent) ones. Kev on the oche as usual, God help us.""",
    ("Kev Morley", "kev.morley.cwu@gmail.com"), tags=("hard-negative", "benign-violent-word"))

cwu("Political officer's report - Labour affiliations", """Political Officer's report to the branch committee

1. The branch is affiliated to Hatherley CLP and South Glos CLP. Our delegates to Hatherley GC are Dawn Pike and myself. Dawn has attended 4 of 6 meetings this year, I've done 5.
2. Hatherley CLP has asked affiliates to confirm delegates for the coming year by 31 March. I propose we re-nominate both of us unless anyone else wants to stand. Nominations to me by the branch meeting.
3. Labour Link regional conference is in Taunton on 18 April. We can send two.
4. The MP has agreed to meet branch reps about the USO changes - date TBC.

Steve Yeo, Political Officer""", ("Steve Yeo", "politicalofficer@cwuhatherley.example.org.uk"))

# ====================================================================== Google Groups
ggroup("hatherley-labour-councillors", "Hatherley Labour Group", "Budget amendment - group meeting Monday",
"""Colleagues (and Priya, copied as CLP sec for info),

Group meeting Monday 5.30pm, committee room 3, to agree our amendment to the Tory/LD budget. Key points:
- reverse the cut to the youth service (£180k)
- fund it from the consultancy budget, which has doubled in three years
- a commitment to a review of the garden waste charge

Finance have checked the figures and the amendment is legal and balanced. Please come, we need every vote on the 24th.

Jackie
Group Leader""", ("Cllr Jackie Denton", "cllr.denton@hatherley.example.gov.uk"))

ggroup("hatherley-labour-councillors", "Hatherley Labour Group", "Re: Budget amendment - group meeting Monday",
c.quote_reply("""Will be there but may be 10 mins late - planning site visit runs to 5.30.

M""", """Group meeting Monday 5.30pm, committee room 3, to agree our amendment to the Tory/LD budget.""",
              quoted_from="Cllr Jackie Denton <cllr.denton@hatherley.example.gov.uk>", style="gmail"),
       ("Cllr Mo Rahman", "cllr.rahman@hatherley.example.gov.uk"), tags=("quoted", "one-line"))

ggroup("hatherley-tenants-together", "Hatherley Tenants Together", "Mould meeting - thank you and next steps",
"""Thank you to the 60+ people who came to the meeting about damp and mould in the Brookfield flats on Tuesday. We heard from so many of you about children with asthma, ruined furniture, and repair requests that have been "closed" without anyone ever coming out.

Next steps:
1. We're collecting every repair reference number into one spreadsheet. Send yours to Halima.
2. We've asked for a meeting with the housing association's chief executive.
3. A delegation will go to the council's scrutiny committee on 3 April.
4. Our councillors (all parties) have been invited to come and see the flats.

This is a non-party group, but everyone's welcome, including the political parties who keep telling us they care.

Halima & Tom
Hatherley Tenants Together""", ("Halima Warsame", "halima.htt@gmail.com"))

c.add("bulk", """Today's topic summary
Group: hatherley-tenants-together@googlegroups.com

Topics:
  • Re: Mould meeting - thank you and next steps [3 Updates]
  • Bin store on Brookfield block C [1 Update]
  • Anyone know a good solicitor for disrepair? [2 Updates]

Re: Mould meeting - thank you and next steps
Yvonne Baptiste: "Thank you for organising. My ref is HA-22871, reported in September, still waiting."
Dariusz Nowicki: "my ref HA-23004. also the extractor fan not work since I move in"
Tom Ellery: "Keep them coming - we've got 41 so far."

Bin store on Brookfield block C
Marcia Dunn: "The bin store door has been broken for a month and the foxes are having a party. Anyone reported it?"

Anyone know a good solicitor for disrepair?
Kelly Rowe: "Someone at the meeting mentioned a no win no fee firm?"
Halima Warsame: "Shelter have a free adviceline - start there."

You received this digest because you're subscribed to updates for this group. You can change your settings on the group membership page.""",
      subject="[hatherley-tenants-together] Digest for hatherley-tenants-together@googlegroups.com - 6 updates in 3 topics",
      sender=("hatherley-tenants-together@googlegroups.com", "hatherley-tenants-together@googlegroups.com"),
      headers={"Precedence": "list", "List-ID": "<hatherley-tenants-together.googlegroups.com>",
               "Mailing-list": "list hatherley-tenants-together@googlegroups.com"},
      tags=("list", "google-group", "digest"))

mlist("Hatherley Stand Up To Racism", "lists.hatherleysutr.example.org", "SUTR Hatherley",
      "Organising meeting Weds + unity rally", """Hatherley Stand Up To Racism

Organising meeting: Wednesday 7pm, Friends Meeting House
Unity rally: Saturday 2pm, Market Square

After the hotel protests last month we need the biggest possible turnout to show that Hatherley is a welcoming town. Trade unions, faith groups, the Labour party, the Greens and community groups have all been invited to speak.

Please bring placards, friends, and your loudest voice. Stewards needed - reply if you can help.""",
      ("Hatherley SUTR", "hatherley.sutr@gmail.com"))

# ====================================================================== newsletters
c.add("bulk", """WEEKLY BRIEFING FOR CLP OFFICERS

This week:

1. Local elections 2026 - nomination papers
Nomination papers for council candidates must be delivered by hand to the returning officer. Check your council's timetable - in most areas the deadline is 4pm on 8 April. Agents should arrange informal checks in advance.

2. Membersnet - new "Officer dashboard"
CLP secretaries and chairs now have a dashboard showing meeting attendance, arrears and new members. Training webinars on Tuesday and Thursday.

3. Reminder: CLP annual returns
If your CLP hasn't submitted its annual accounts to the Party, please do so by 31 March.

4. Rule changes
The NEC has issued updated guidance on GC delegate entitlement following the rule changes agreed at conference. Read it in full on Membersnet.

This briefing is sent to all registered CLP secretaries, chairs and treasurers.
Labour Party, Governance and Legal Unit""", subject="Weekly briefing for CLP officers - nominations, dashboard, returns",
      sender=("Labour Party Governance", "clpofficers@labour.example.org.uk"),
      headers=c.newsletter_headers("Campaign Monitor"), fmt="alt", tags=("newsletter", "national"))

c.add("bulk", """South West Labour - Regional Round-up

Hello Priya,

The South West is on the move! This month:

🌹 A record 2,100 members attended our regional online rally with the Deputy Prime Minister
🌹 Congratulations to our newly selected candidates in Swindon, Plymouth and Hatherley
🌹 Regional Board elections - results below
🌹 New organisers starting in Devon and Gloucestershire

TRAINING THIS MONTH
- Agents' training (essential for anyone acting as an election agent in May)
- Social media for councillors
- Treasurers' masterclass

Remember: the regional office can support your campaign with data, print and training. Get in touch with your organiser.

In solidarity,
South West Labour""", subject="South West Labour - Regional Round-up",
      sender=("South West Labour", "southwest@labour.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"), fmt="html", tags=("newsletter", "regional"))

c.add("bulk", """RED ROSE REVIEW - the week in Labour

1. THE REBELLION THAT WASN'T
The welfare bill cleared its second reading with a smaller rebellion than expected after last-minute concessions. We look at who voted which way and why several Red Wall MPs say the government has "lost the room" on disability benefits.

2. POLL WATCH
Labour 27, Reform 25, Con 18, LD 13, Green 11. Our analysis of what that means for May's council elections.

3. THE BIG INTERVIEW
A council leader on why social care is "the crisis no one in Westminster wants to talk about".

4. FROM THE CLPs
Your motions this week: Gaza (12 CLPs), the two-child limit (8), winter fuel (5), and one on bin collections which we are told was "very well received".

Red Rose Review is reader-funded. Become a supporter from £3/month.
Unsubscribe | Manage preferences""", subject="Red Rose Review: the rebellion that wasn't",
      sender=("Red Rose Review", "editor@redrosereview.example.co.uk"),
      headers=c.newsletter_headers("Mailerlite"), tags=("newsletter",))

c.add("bulk", """GRASSROOTS LEFT NETWORK - BULLETIN #88

FIGHT THE CUTS - BUILD THE MOVEMENT

Comrades,

Councils across the country are being forced to make another round of savage cuts. In Hatherley, the Tory-Lib Dem administration wants to close two children's centres and slash the youth service. We say: not a penny more.

This month:
- Model motion: "No Labour councillor should vote for cuts" - download and take it to your branch.
- Rank and file conference, Birmingham, 16 May.
- Solidarity with striking bin workers in three cities.

We'll beat the cuts the same way we always have: organised, together, and louder than them.

GLN is an organisation of Labour Party members and supporters.
Unsubscribe""", subject="GLN Bulletin #88: Fight the cuts",
      sender=("Grassroots Left Network", "bulletin@glnetwork.example.org.uk"),
      headers=c.newsletter_headers("Action Network"), tags=("newsletter", "hard-negative", "metaphor"))

c.add("bulk", """LABOUR CENTRE GROUND

Dear Priya,

With the NEC elections coming up, we're writing to all CLP secretaries to let you know about our slate of candidates who believe in a Labour Party focused on winning elections and delivering in government.

Our candidates for the CLP section:
- Councillor Anita Rowe (Yorkshire)
- Joe Penrose (Scotland)
- Dr Sasha Obi (London)
- Mark Tennant (South West)

We'd be grateful if you could share details of our candidates with your members, and let us know if your CLP would like a candidate to speak at a GC ahead of the nominations deadline.

Labour Centre Ground
Promoted by Labour Centre Ground. Unsubscribe.""", subject="NEC elections - our candidates",
      sender=("Labour Centre Ground", "info@labourcentreground.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"), fmt="alt", tags=("newsletter", "slate"))

c.add("bulk", """Healthwatch Hatherley - News

Have your say on GP access
We want to hear from you about getting a GP appointment in Hatherley. Our survey takes five minutes and closes on 30 April.

Dentistry
Only 2 of 14 dental practices in the borough are taking new adult NHS patients. Read our report.

Volunteer with us
We're looking for "Enter and View" volunteers to visit care homes and hospital wards. Training provided.

Healthwatch Hatherley, The Old Library, High Street
You are receiving this newsletter because you signed up on our website. Unsubscribe""",
      subject="Healthwatch Hatherley: GP access survey, dentistry report",
      sender=("Healthwatch Hatherley", "info@healthwatchhatherley.example.co.uk"),
      headers=c.newsletter_headers("Mailchimp"), fmt="html", tags=("newsletter",))

c.add("bulk", """Hatherley Borough Council e-news

Garden waste subscriptions open
Renew your garden waste subscription now for collections from April. Price for 2026/27: £58.

Road closure: Station Street
Station Street will be closed from 9 to 13 March for resurfacing.

Council meeting
The budget-setting meeting of Full Council is on Tuesday 24 February at 6pm. Watch live on the council website.

You're receiving this because you subscribed to Hatherley Borough Council e-news via GovDelivery. Manage subscriptions.""",
      subject="Council e-news: garden waste, Station Street closure, budget meeting",
      sender=("Hatherley Borough Council", "hatherley@public.govdelivery.example.com"),
      headers=c.newsletter_headers(), tags=("newsletter", "council"))

c.add("bulk", """Communities Not Hate - Monthly Update

Thank you for standing with us.

This month our researchers tracked 47 far-right events across the UK. The largest were protests outside hotels housing asylum seekers. In several places local people organised welcoming events that outnumbered the protesters five to one.

Our new report, "Online to Offline", looks at how abuse organised on Telegram and X turns into real-world intimidation of councillors, journalists and asylum seekers, and what platforms and police should do about it.

Download the report. Share it with your local councillors.

Communities Not Hate
Unsubscribe""", subject="Online to Offline: our new report",
      sender=("Communities Not Hate", "info@communitiesnothate.example.org"),
      headers=c.newsletter_headers("Action Network"), fmt="alt", tags=("newsletter", "hard-negative", "news-about-threats"))

c.add("bulk", """Membersnet monthly - what's new

- You can now download meeting attendance as a CSV
- Branch officers can now see their own branch's new members
- Improved search for members who have moved
- Fixed: the bug where some members appeared twice in event registrations

Help centre | Contact Membership Services

This is a service email sent to Labour Party officers.""",
      subject="What's new in Membersnet - March", sender=("Membersnet", "no-reply@membersnet.labour.example.org.uk"),
      headers=c.newsletter_headers(), tags=("newsletter", "membership-system"))

# ====================================================================== campaign tools
c.add("bulk", """Your event has a new RSVP!

Event: Day of Action - Priory Fields
RSVP: Marcus Oyelaran (marcus.oyelaran@gmail.com)
Total RSVPs: 22

Manage your event

Action Network""", subject="New RSVP: Day of Action - Priory Fields",
      sender=("Action Network", "notifications@actionnetwork.example.org"), tags=(*NOH, "campaign-tool"))

c.add("bulk", """New donation

Amount: £50.00
Donor: Philippa Granger
Page: Hatherley Labour - donate
Recurring: monthly

NationBuilder""", subject="[Hatherley Labour] New donation: £50.00 from Philippa Granger",
      sender=("NationBuilder", "no-reply@nationbuilder.com"), tags=(*NOH, "campaign-tool"))

c.add("bulk", """Hi Priya,

We've paused your campaign "Postal vote reminder - Elmbridge" because it had an unusually high bounce rate (9.8%). High bounce rates can harm your sending reputation.

What to do next:
- Check where these contacts came from and that they gave permission to be emailed
- Remove hard-bounced addresses
- Contact our compliance team to review

Mailchimp Compliance""", subject="Action needed: your campaign was paused",
      sender=("Mailchimp Compliance", "compliance@mailchimp.com"), tags=(*NOH, "campaign-tool"))

c.add("bulk", """Dear friend,

Nearly half a million children are still living in poverty because of the two-child limit, even after the government announced its removal. Families can't wait for the next financial year.

Write to your MP today and ask them to push for the change to come in sooner.

We've drafted a letter - it takes two minutes. Personalise it with your own experience if you can.

[ Write to your MP ]

Thank you,
Children First Coalition

Sent via Action Network. Unsubscribe.""", subject="Two minutes that could change a child's life",
      sender=("Children First Coalition", "campaigns@childrenfirst.example.org.uk"),
      headers=c.newsletter_headers("Action Network"), tags=("campaign-tool",))

c.add("bulk", """Your weekly nation digest - Hatherley Labour

People: 14,338 (+212)
Email-able: 6,104
Donations: £640 (9 donors)
Volunteers signed up: 31
Petition signatures: 188 ("Save the 42 bus")

Top page: "Save the 42 bus"

NationBuilder""", subject="Hatherley Labour: your weekly digest",
      sender=("NationBuilder", "digest@nationbuilder.com"), headers=c.newsletter_headers("NationBuilder"),
      tags=("campaign-tool",))

c.add("bulk", """Reminder: your shift is tomorrow

Leafleting - Priory Fields (Round 14: Linden Rd, Elm Close)
Saturday 10:00 - 12:00
Pick up: 7 Linden Road (Clive's porch)

Can't make it? Let the organiser know.

Sent by ShiftBoard on behalf of Hatherley Labour""", subject="Reminder: Leafleting - Priory Fields tomorrow at 10:00",
      sender=("ShiftBoard", "reminders@shiftboard.example.com"), tags=(*NOH, "campaign-tool", "reminder"))

# ====================================================================== look-personal robots
c.add("bulk", """Hi Priya, your order is confirmed!

Thanks for ordering with PrintPal. Here's what's coming your way:

500 x Business cards - "Priya Nair, Secretary, Hatherley Labour"
Premium matte, 400gsm
Estimated delivery: Tue 17 Feb - Thu 19 Feb

We'll email you when it ships.

Love,
The PrintPal team""", subject="Hi Priya, your order is confirmed",
      sender=("PrintPal", "hello@printpal.example.co.uk"), fmt="html", tags=(*NOH, "printer", "order"))

c.add("bulk", """Reminder

Hatherley GC
Tomorrow, 7:00pm - 9:00pm
Friends Meeting House, Castle Street

Hatherley Labour shared calendar""", subject="Reminder: Hatherley GC tomorrow at 7pm",
      sender=("Hatherley Labour calendar", "calendar@hatherleylabour.org.uk"),
      tags=(*NOH, "calendar", "reminder"))

c.add("bulk", """Your parcel has been delivered

Hi Priya, we delivered your parcel at 13:42.

Delivered to: front porch (photo attached)
From: Red Rosette Supplies

Not right? Let us know.

Evri""", subject="Your Evri parcel has been delivered", sender=("Evri", "noreply@evri.example.com"),
      fmt="alt", tags=(*NOH, "order"))

c.add("bulk", """Hatherley Labour

You have a new message from Amir

Amir Haddad: Hello, I want to help with the election, I am student at the college and I have free time at weekends. Can I join even if I am not member? Thank you

Reply

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""",
      subject="You have a new message from Amir on Facebook", sender=("Facebook", "notification@facebookmail.example.com"),
      tags=(*NOH, "social", "facebook", "quotes-member"))

c.add("bulk", """Hatherley Community Noticeboard

Carol Fenwick posted in Hatherley Community Noticeboard:

"The potholes on Oakwood Road are an absolute killer. Lost a hubcap and nearly a tyre this morning. Who do we even complain to, the council or the water board who dug it up??"

48 comments

View post

You're receiving this because you're a member of Hatherley Community Noticeboard.""",
      subject="New post in Hatherley Community Noticeboard", sender=("Facebook", "groupupdates@facebookmail.example.com"),
      tags=(*NOH, "social", "facebook", "quotes-member", "hard-negative", "benign-violent-word"))

c.add("bulk", """hatherleylabour

tomlinson_j commented on your post: "great turnout 🔥🔥 see u saturday"

View comment""", subject="tomlinson_j commented on your post", sender=("Instagram", "no-reply@mail.instagram.example.com"),
      tags=(*NOH, "social", "instagram", "quotes-member"))

c.add("bulk", """Your post is getting attention

"Huge thanks to everyone who came to the Save the 42 rally today. 300 people in the rain! 🚌🌹" has 12,400 impressions.

View post activity

X""", subject="Your post is getting attention", sender=("X", "notify@x.example.com"),
      tags=(*NOH, "social", "x"))

c.add("bulk", """New order for Hatherley Labour Burns Supper

Order #9927741051 - 2 tickets
Buyer: Moira McLeod
Ticket type: Standard (with haggis) x1, Vegetarian x1
Total: £36.00

Buyer's note: "Can we sit near the front please, my husband's hearing isn't great"

View order | Manage event

Eventbrite""", subject="New Order for Hatherley Labour Burns Supper",
      sender=("Eventbrite", "noreply@order.eventbrite.example.com"),
      tags=(*NOH, "notification", "quotes-member"))

c.add("bulk", """Hi Priya,

Your event Hatherley Labour Burns Supper is tomorrow!

Checklist:
✓ Download the Eventbrite Organizer app to check people in
✓ 64 tickets sold
✓ Print your attendee list

Good luck!

Eventbrite""", subject="Your event is tomorrow - here's your checklist",
      sender=("Eventbrite", "noreply@eventbrite.example.com"), fmt="html", tags=(*NOH, "notification", "reminder"))

c.add("bulk", """Hi Priya Nair,

The audio transcript for your cloud recording is now available.

Topic: Hatherley CLP Executive
Date: Feb 3, 2026 07:00 PM London

View transcript

- The Zoom Team""", subject="Audio transcript for Hatherley CLP Executive is now available",
      sender=("Zoom", "no-reply@zoom.us"), tags=(*NOH, "zoom", "notification"))

c.add("bulk", """Your Zoom account has been changed to Basic

Hi Priya,

Your Zoom Pro subscription ended on 1 March because the payment card on file was declined. Your account "Hatherley Labour" has been changed to Basic. Meetings with 3 or more participants are now limited to 40 minutes.

Update billing information

The Zoom Team""", subject="Your Zoom account has been downgraded",
      sender=("Zoom", "billing@zoom.us"), tags=(*NOH, "zoom", "notification"))

c.add("bulk", """Your meeting notes are ready

Meeting: EC catch-up
Date: 12 February

Summary
- Deepak gave a campaign update: 4,812 doors knocked.
- The group agreed to ask the GC to approve an additional £400 for postal vote leaflets.
- Priya will circulate GC papers by Friday.

Action items
- Deepak: cost the additional print run
- Priya: draft GC agenda

Open in Google Docs

Notes by Gemini in Google Meet. Review for accuracy.""", subject="Notes: \"EC catch-up\" 12 Feb 2026",
      sender=("Google Meet", "meetings-noreply@google.com"), tags=(*NOH, "notification"))

c.add("bulk", """New response to "Hatherley Labour - Membership survey"

Respondent: anonymous
1. Which branch are you in? Elmbridge
2. Would you like more social events? Yes
3. Any other comments? "More meetings on Zoom please, I can't get out in the evenings since my op"

View results

Microsoft Forms""", subject="Hatherley Labour - Membership survey: new response",
      sender=("Microsoft Forms", "noreply@forms.office.example.com"), tags=(*NOH, "webform-robot", "quotes-member"))

c.add("bulk", """Your receipt from Apple

Apple ID: priya.nair.hatherley@icloud.com
Date: 14 Feb 2026
Order ID: MT8Q2K4LZ1

iCloud+ with 200 GB (Monthly) £2.99

If you didn't make this purchase, report a problem.

Apple""", subject="Your receipt from Apple.", sender=("Apple", "no_reply@email.apple.example.com"),
      fmt="html", tags=(*NOH, "order"))

c.add("bulk", """Hi Priya,

Your latest bill for the Hatherley Labour office line is ready.

Account: 4417 2290
Amount: £31.50
Will be collected by Direct Debit on or just after 1 March.

View your bill in My BT.

BT""", subject="Your BT bill is ready", sender=("BT", "noreply@bt.example.com"), tags=(*NOH, "bank"))

c.add("bulk", """Low balance alert

The balance of the account ending 8812 (HATHERLEY CLP CAMPAIGN A/C) is below £250.00.

Balance: £187.44 at 06:00 on 19/02/2026.

The Co-operative Bank
Please do not reply to this email.""", subject="Low balance alert", sender=("The Co-operative Bank", "alerts@co-operativebank.example.co.uk"),
      tags=(*NOH, "bank"))

c.add("bulk", """Hi Priya,

Your Click & Collect order is ready to collect from Screwfix Hatherley.

Order number: SC48-22910
Cable ties 300mm black (pack of 100) x 4
Correx board fixings x 2

Bring your order number. We'll hold it for 7 days.

Screwfix""", subject="Your Screwfix order is ready to collect", sender=("Screwfix", "orders@screwfix.example.com"),
      tags=(*NOH, "order"))

c.add("bulk", """Thank you for booking!

Hatherley Hustings - Council elections 2026
Thursday 23 April, 7pm, St Luke's Church Hall
1 x Free ticket

Your booking reference is TS-55891. No need to print - just give your name at the door.

TicketSource""", subject="Booking confirmation: Hatherley Hustings - Council elections 2026",
      sender=("TicketSource", "noreply@ticketsource.example.co.uk"), tags=(*NOH, "notification"))

c.add("bulk", """We missed you - something for you

We tried to deliver an item to you today but there was no one in, and it was too big for your letterbox.

Item: Large letter
From: HATHERLEY BOROUGH COUNCIL
Fee to pay: none

Collect it from your local Customer Service Point after 12pm tomorrow, or rearrange delivery online.

Royal Mail""", subject="Royal Mail: we missed you", sender=("Royal Mail", "no-reply@royalmail.example.com"),
      tags=(*NOH, "notification"))

c.add("bulk", """Dear Ms Nair,

Thank you for your email to Members' Services at Hatherley Borough Council. Your message has been received and forwarded to the relevant councillor(s).

Councillors are not employees of the council and will respond to you directly. If your enquiry is about a council service, please contact Customer Services.

This is an automated reply. Please do not respond.""", subject="Received: Councillor attendance at Priory Fields residents' meeting",
      sender=("Members' Services", "members.services@hatherley.example.gov.uk"),
      headers=c.autoreply_headers("exchange"), tags=(*NOH, "autoreply", "council"))

# ====================================================================== auto-replies
c.add("bulk", """I'm at Labour Party Conference in Liverpool until Wednesday and checking email sporadically. If it's about the Elmbridge leaflet, Deepak has the final version. Otherwise, it'll keep!

Jackie""", subject="Out of office: Re: Elmbridge leaflet proofs",
      sender=("Cllr Jackie Denton", "cllr.denton@hatherley.example.gov.uk"),
      headers=c.autoreply_headers("bare"), tags=(*NOH, "autoreply", "councillor"))

c.add("bulk", """Thank you for your email. I am currently on annual leave, returning on 2 March. I will have no access to email during this time.

For urgent clinical matters please contact the ward manager on extension 4471.

Kind regards
Bernadette Ogunleye
Senior Staff Nurse, Ward 7
Hatherley General Hospital

************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England and Scotland.
************************************************************""",
      subject="Automatic reply: Would you second the NHS motion?",
      sender=("Bernadette Ogunleye", "bernadette.ogunleye@nhs.example.net"),
      headers=c.autoreply_headers("exchange"), tags=(*NOH, "autoreply", "exchange", "disclaimer"))

c.add("bulk", """Thanks for your message - I now only check this inbox on Fridays. If it can't wait, text me.

Frank (Treasurer)""", subject="Re: Cheque for the hall hire",
      sender=("Frank Ollerton", "frank.ollerton@btinternet.com"),
      headers=c.autoreply_headers("rfc3834"), tags=(*NOH, "autoreply"))

c.add("bulk", """Thank you for writing to the Hatherley Herald letters page.

We receive many more letters than we can publish. Letters should be no longer than 250 words and must include your full name and address (not for publication). We may edit letters for length.

If your letter is published we will not contact you in advance.

Hatherley Herald""", subject="Re: Letter for publication - Save the 42 bus",
      sender=("Hatherley Herald Letters", "letters@hatherleyherald.example.co.uk"),
      headers=c.autoreply_headers("gmail"), tags=("autoreply", "press"))

c.add("bulk", """Hello,

This inbox is for parliamentary casework from constituents of Hatherley only. If you are writing as an officer of Hatherley CLP, please use the political office email address instead - political matters cannot be dealt with by parliamentary staff.

With thanks,
The office of Rob Kendrick MP""", subject="Re: MP's report to GC",
      sender=("Rob Kendrick MP", "rob.kendrick.mp@parliament.example.uk"),
      headers=c.autoreply_headers("exchange"), tags=(*NOH, "autoreply", "mp-office"))

c.add("bulk", """Dzięki za wiadomość! Jestem na urlopie do 10 lutego. / Thanks for your message! On holiday until 10 Feb.

Dariusz""", subject="Automatic reply: Polish leaflet - translation",
      sender=("Dariusz Nowicki", "dariusz.nowicki@wp.example.pl"), headers=c.autoreply_headers("bare"),
      tags=(*NOH, "autoreply", "non-native"))

# ====================================================================== bounces
c.add("bulk", b"", raw=c.bounce("ruth.adebayo@gmial.com", reason="Host or domain name not found. Name service error for name=gmial.com type=MX",
                                 orig_subject="GC papers - March"), tags=(*NOH, "bounce", "typo-address"))
c.add("bulk", b"", raw=c.bounce("elmbridgebranch@hatherleylabour.org.uk", subject="Returned mail: see transcript for details",
                                 orig_subject="Elmbridge AGM - notice"), tags=(*NOH, "bounce",))

c.add("bulk", """This is an automatically generated Delivery Status Notification

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed.

     cllr.whitby@gloucs.example.gov.uk

Message will be retried for 2 more day(s)

Technical details of temporary failure:
The recipient server did not accept our requests to connect. [mx.gloucs.example.gov.uk. 451 4.4.0 Temporary server error]""",
      subject="Delivery Status Notification (Delay)", sender=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
      headers={"Auto-Submitted": "auto-replied"}, tags=(*NOH, "bounce"))

# ====================================================================== marketing
c.add("bulk", """Host your AGM at The Hatherley Arms

Our upstairs function room seats 80, has a projector and screen, a PA and step-free access from the car park. Free room hire Monday-Thursday when you order a buffet (from £8.50 per head).

Popular with community groups, clubs and societies.

Call Dean on 01242 000 338.

The Hatherley Arms - a Greene King pub
Unsubscribe""", subject="Free room hire for your AGM",
      sender=("The Hatherley Arms", "functions@hatherleyarms.example.co.uk"),
      headers=c.newsletter_headers("Mailchimp"), fmt="html", tags=("marketing", "venue"))

c.add("bulk", """ELECTION SIGNS DIRECT

Correx boards for the May elections
- A2 double sided from £2.40 each
- A1 "Vote Labour" stakeboards from £4.10
- Free stakes with orders over 200

Order by 20 March for guaranteed delivery before nominations close.

Election Signs Direct
Reply STOP to unsubscribe""", subject="Correx boards - order by 20 March",
      sender=("Election Signs Direct", "sales@electionsigns.example.co.uk"),
      headers=c.newsletter_headers("Campaign Monitor"), fmt="html", tags=("marketing", "printer"))

c.add("bulk", """Meet CanvassPro: the campaign CRM built for local parties

✔ Walk sheets on your phone
✔ Offline mode for areas with no signal
✔ GDPR-compliant data storage in the UK
✔ Integration with Mailchimp and NationBuilder

Free for campaigns under 1,000 contacts.

Book a 15-minute demo.

CanvassPro Ltd | Unsubscribe""", subject="Still using paper walk sheets?",
      sender=("CanvassPro", "team@canvasspro.example.io"), headers=c.newsletter_headers("Mailerlite"),
      fmt="alt", tags=("marketing",))

c.add("bulk", """Coach hire for conference and demos

Taking members to conference, a national demo or a union rally? Our 16, 33 and 53-seat coaches are available with experienced drivers.

Special rate for trade unions and community groups.

Get a quote online.

Cotswold Vale Coaches | Unsubscribe""", subject="Coaches for conference - special rates",
      sender=("Cotswold Vale Coaches", "bookings@cotswoldvalecoaches.example.co.uk"),
      headers=c.newsletter_headers("Mailchimp"), tags=("marketing",))

c.add("bulk", """Professional headshots for candidates

Election leaflets need great photos. Our candidate package: 30-minute session, 5 retouched images, outdoor locations around Hatherley, delivered within 48 hours. £95.

Book before 15 March and get a free group photo of your team.

Hatherley Studio Photography
To opt out reply REMOVE""", subject="Candidate headshots - £95",
      sender=("Hatherley Studio Photography", "bookings@hatherleystudio.example.co.uk"),
      headers=c.newsletter_headers("Mailerlite"), fmt="html", tags=("marketing",))

c.add("bulk", """Need a hall? St Luke's Church Hall, Elmbridge

Main hall (capacity 120), small hall (40), kitchen, hearing loop, accessible toilets, free car park.

Community rate: £18/hour. Evening and weekend availability for spring.

Email the hall bookings team to check dates.

St Luke's Church Hall | You are receiving this as a previous hirer. Unsubscribe""",
      subject="Spring availability at St Luke's Church Hall",
      sender=("St Luke's Church Hall", "hallbookings@stlukeshatherley.example.org.uk"),
      headers=c.newsletter_headers(), tags=("marketing", "venue"))

c.write()
