"""dev split, writer db5: bulk mail - lists, newsletters, campaign tools, robots, bounces.

Every message below was written by hand for the held-out set.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("dev", "db5", seed=2205)
SEC = c.clp[1].split()[0]          # Mark
SECFULL = c.clp[1]
SECADDR = c.clp[2]

_add = c.add


def _tagged_add(label, body=None, tags=(), **kw):
    """Every message carries tags; those exercising no special class are tagged 'ordinary'."""
    tags = (tags,) if isinstance(tags, str) else tuple(tags)
    return _add(label, body, tags=tags or ("ordinary",), **kw)


c.add = _tagged_add
ROBOT = ("confuser", "robot-no-list-headers")

# ======================================================================================
# Mailing-list posts (List-* headers)
# ======================================================================================

c.add("bulk", subject="[Keelmen Labour] Doorstep session Saturday 10am",
      sender=c.person("Gary", "Milburn"),
      to="keelmen-labour@googlegroups.com",
      headers=c.list_headers("Keelmen Labour", domain="googlegroups.com"),
      body="""Morning all,

Doorstep session this Saturday, meeting 10am outside the Keelmen Arms. We're doing Tanner Street and the top half of Ropery Lane. Board, clipboards and pens provided, bring a brolly - forecast is grim.

First timers very welcome, you'll go out with someone experienced. Bacon sandwiches at the Arms afterwards for anyone who's earned one.

Gaz

--
You received this message because you are subscribed to the Google Groups "Keelmen Labour" group.
To unsubscribe from this group and stop receiving emails from it, send an email to keelmen-labour+unsubscribe@googlegroups.com.""")

c.add("bulk", subject="[northern-members] Digest, Vol 114, Issue 9",
      sender=("northern-members-request", "northern-members-request@lists.labour-northern.example.org.uk"),
      to="northern-members@lists.labour-northern.example.org.uk",
      headers=c.list_headers("Northern Members", domain="lists.labour-northern.example.org.uk"),
      body="""Send northern-members mailing list submissions to
	northern-members@lists.labour-northern.example.org.uk

Today's Topics:

   1. Re: Bus franchising consultation - CLP responses (Ann Forrest)
   2. Lift share to regional conference from Sunderland? (Mo Rashid)
   3. Re: Re: Selections timetable (Keith Anderson)

----------------------------------------------------------------------

Message: 1
From: Ann Forrest
Subject: Re: Bus franchising consultation - CLP responses

Our CLP submitted last week - happy to share our response as a template if it helps anyone. We focused on the rural routes in the west of the county. Drop me a line off-list.

------------------------------

Message: 2
From: Mo Rashid
Subject: Lift share to regional conference from Sunderland?

Anyone driving down from Sunderland on the Saturday morning? Can chip in for petrol. Two of us.

------------------------------

Message: 3
From: Keith Anderson
Subject: Re: Re: Selections timetable

The timetable is on Membersnet under Documents > Selections. Region have said the panel interviews will be in January.

------------------------------

End of northern-members Digest, Vol 114, Issue 9
*************************************************""")

c.add("bulk", subject="Women in Politics: your November bulletin",
      sender=("Labour Women Together", "bulletin@labourwomentogether.example.org"),
      headers=c.newsletter_headers("Mailchimp"),
      fmt="alt",
      body="""Labour Women Together | November Bulletin

Dear friend,

This month: our mentoring scheme is open for applications; we hear from three women elected to councils in May about what they wish they'd known; and a reminder that our regional training day in Newcastle is on 6 December.

MENTORING
Pairs a woman thinking about standing for office with an experienced councillor or MP for six months. Apply by 30 November.

"I WISH SOMEONE HAD TOLD ME..."
"That you will spend more time on casework about bins than on anything in your manifesto - and that it matters." - Cllr Anjali R.

TRAINING
Regional training day: selections, speaking, and staying safe online. Free, lunch provided, childcare available on request.

Donate | Forward to a friend | Update your preferences | Unsubscribe

You are receiving this email because you signed up at an event or on our website.""")

c.add("bulk", subject="Red Rose Daily: Budget row deepens as backbenchers push on two-child cap",
      sender=("Red Rose Daily", "newsletter@redrosedaily.example.co.uk"),
      headers=c.newsletter_headers("Campaign Monitor"),
      body="""RED ROSE DAILY
Your morning briefing on the Labour movement

TOP STORY
Over 60 backbench MPs have signed a letter to the Chancellor calling for the two-child limit to be scrapped in the spring Budget. Treasury sources say "all options remain on the table".

ALSO TODAY
- NEC confirms timetable for next year's selections
- Unions warn on public sector pay offer
- Opinion: why the party must stop treating the North East as a given

EVENTS
Tuesday: "After the Budget" panel, online, 7pm

You are receiving Red Rose Daily because you subscribed. Unsubscribe | Manage preferences""")

c.add("bulk", subject="News from Durham Valleys Labour - Winter 2026",
      sender=("Durham Valleys Labour", "news@durhamvalleyslabour.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"),
      fmt="html",
      html_body="""<html><body><table width="600" align="center" style="font-family:Arial"><tr><td style="background:#d50000;color:#fff;padding:20px"><h1>Durham Valleys Labour</h1><p>Winter 2026 Newsletter</p></td></tr>
<tr><td style="padding:20px"><h2>Thank you to everyone who helped in the Crook by-election!</h2><p>Over 40 volunteers knocked on 3,000 doors and we held the seat with an increased majority. Special thanks to our friends from Tynebridge and Gateshead who came over.</p>
<h2>Christmas Social</h2><p>Saturday 13 December, Crook Working Men's Club, 7pm. Tickets £8 including pie and peas.</p>
<h2>Dates for your diary</h2><ul><li>GC – Thursday 11 December</li><li>Campaign day – Saturday 10 January</li></ul></td></tr>
<tr><td style="font-size:11px;color:#888;padding:20px">Promoted by J. Walton on behalf of Durham Valleys Labour Party.<br><a href="#">Unsubscribe</a> | <a href="#">Update preferences</a></td></tr></table></body></html>""",
      body="",
      tags=("html-only",))

c.add("bulk", subject="Unite North East - branch news",
      sender=("Unite NE Communications", "ne.comms@unite-region.example.org"),
      headers=c.newsletter_headers("Campaign Monitor"),
      body="""UNITE NORTH EAST, YORKSHIRE & HUMBER
Branch News - November

* Pay win at Tynebridge Marine - members accept 6.2% after strike ballot
* Hebburn Yard: the union's response to the closure announcement
* Political fund: how your branch can affiliate to the local CLP
* Education courses - winter programme now open

Solidarity,
Regional Communications Team

To stop receiving these emails, click here.""")

c.add("bulk", subject="Update: 12,408 people have signed - save Westmoor Library",
      sender=("Save Westmoor Library via Action Network", "info@actionnetwork.org"),
      headers=c.newsletter_headers("Action Network"),
      body="""Hi Mark,

Thank you for signing the petition to save Westmoor Library. In just three weeks we've reached 12,408 signatures!

What's next: we're delivering the petition to the Civic Centre on Tuesday 2 December at 5pm, before the cabinet meeting. Can you join us? Bring your library card.

Share the petition with five friends: [link]

Thanks,
Friends of Westmoor Library

Sent via Action Network. Unsubscribe.""")

c.add("bulk", subject="Your weekly campaign summary - Tynebridge CLP",
      sender=("Organise", "no-reply@organise.labour.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"),
      body="""Weekly summary for Tynebridge CLP
Week ending Sunday 23 November

Doorstep contacts: 1,214 (last week: 986)
Phone contacts: 402
New volunteers signed up: 9
Events held: 6

Top ward by contacts: Staithes (388)
Top volunteer this week: G. Milburn (144 contacts)

View full report in Organise ->

You are receiving this email because you are a CLP officer. Manage notification settings.""")

c.add("bulk", subject="[Tynebridge Labour Councillors] Re: Budget - library consolidation paper",
      sender=c.person("Dave", "Forster"),
      to="tb-labour-cllrs@lists.tynebridgelabour.example.org",
      headers=c.list_headers("Tynebridge Labour Councillors", domain="lists.tynebridgelabour.example.org"),
      body="""Colleagues,

Thanks for the comments on the library paper. To clarify a few points that have come up:

- No decision has been taken; the paper goes to cabinet on the 3rd for consultation, not approval.
- Mobile library provision for Westmoor and Coalway is costed in Option B.
- I've asked officers to model keeping Coalway open on reduced hours.

Group meeting Monday 6pm as usual. Please keep this discussion on the list and not on social media until then.

Dave

_______________________________________________
Tb-labour-cllrs mailing list
https://lists.tynebridgelabour.example.org/mailman/listinfo/tb-labour-cllrs""")

c.add("bulk", subject="Christmas is coming - 20% off all leaflet printing!",
      sender=("Northern Print Co.", "offers@northernprintco.example.co.uk"),
      headers=c.newsletter_headers("Mailerlite"),
      fmt="alt",
      body="""Hi there,

Planning your New Year campaign? Order before 15 December and get 20% off all A5 and DL leaflet printing, plus free delivery on orders over £150.

- 10,000 A5 colour leaflets from £189
- Imprint checking included as standard
- 48-hour turnaround

Our prices cost a bomb less than the big online printers - and we're union-recognised.

Use code XMAS20 at checkout.

Northern Print Co. | Unit 4, Team Valley | Unsubscribe""",
      tags=("hard-negative", "benign-violent-word"))

c.add("bulk", subject="Rosettes, badges, lanyards - new 2027 catalogue",
      sender=("Campaign Supplies Direct", "sales@campaignsupplies.example.co.uk"),
      headers=c.newsletter_headers("Mailchimp"),
      body="""New for 2027: our full range of campaign merchandise.

Rosettes (red, 3-tier) from 89p each
"Vote Labour" window posters - recycled card
Custom badges - minimum order 100
Lanyards with printed candidate name

Order by 31 January for delivery before the May elections.

You're receiving this because you purchased from us previously. Unsubscribe here.""")

c.add("bulk", subject="Invitation: Commonweal Lecture 2026 - 'The State We Need'",
      sender=("The Commonweal Society", "events@commonwealsociety.example.org.uk"),
      headers=c.newsletter_headers("Campaign Monitor"),
      fmt="alt",
      body="""The Commonweal Society
invites you to our annual lecture

THE STATE WE NEED
Rebuilding public capacity after austerity

Thursday 4 December, 6.30pm
Lit & Phil, Newcastle (and online)

Free for members, £5 for non-members. Reception to follow.

Book now

You are receiving this email as a friend of the Commonweal Society. Unsubscribe.""")

c.add("bulk", subject="Candidate safety briefing - what every CLP needs to know",
      sender=("Labour Candidates Support", "candidates@candidatesupport.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"),
      body="""CANDIDATE SUPPORT BULLETIN | November

Staying safe on the campaign trail

Recent surveys show that more than half of local election candidates experienced abuse during the campaign, and a significant number received threats. Women candidates and candidates from ethnic minorities were disproportionately targeted.

This month's briefing covers:
- Using a correspondence address instead of your home address on nomination papers
- Never canvassing alone; sharing your route with a coordinator
- How to report threats to the police and to Operation Bridger
- Guidance for agents on hustings security

Full briefing available on Membersnet. CLP secretaries are asked to forward this to all candidates.

Unsubscribe | Update preferences""",
      tags=("hard-negative", "news-about-threats"))

c.add("bulk", subject="[northern-members] Online abuse - what's everyone doing?",
      sender=c.person("Fiona", "Redpath"),
      to="northern-members@lists.labour-northern.example.org.uk",
      headers=c.list_headers("Northern Members", domain="lists.labour-northern.example.org.uk"),
      body="""Hi all,

Wondering how other CLPs are handling the volume of online abuse on their Facebook pages. Ours has got noticeably worse since the summer - mostly the usual "traitor" stuff, some of it targeted at our councillors personally, and a lot of it from accounts that look brand new.

We've switched on the profanity filter and we're hiding rather than deleting comments, but it's taking a volunteer about an hour a day. Has anyone found a better system? Does region have any guidance?

Fiona
Comms officer, Wear Valley CLP""",
      tags=("hard-negative", "news-about-threats", "list"))

c.add("bulk", subject="Reminder: Labour Christmas Quiz is tomorrow",
      sender=("Eventbrite", "noreply@eventbrite.example.com"),
      headers=c.newsletter_headers("other"),
      body="""Your event is tomorrow!

Tynebridge Labour Christmas Quiz
Friday 12 December, 7:30 PM
Coalway Miners' Welfare, Front Street

Order #8812340921 - 1 x Team ticket (6 people)

View your tickets | Add to calendar

Eventbrite | Unsubscribe from event reminders""")

c.add("bulk", subject="Tynebridge Labour Party has new activity",
      sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("other"),
      fmt="alt",
      body="""Tynebridge Labour Party

Your Page has 7 new notifications

Jean Ferguson and 14 others reacted to your post: "Huge thanks to everyone who came out in the rain on Saturday..."
Kevin Liddle commented on your post: "Great turnout 👏"
3 new messages in your Page inbox

See all notifications

This message was sent to tynebridgeclp.secretary@gmail.com. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""",
      tags=("social",))

c.add("bulk", subject="Co-op Party: Your Winter Update",
      sender=("The Co-operative Party", "info@coopparty.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"),
      body="""Dear Mark,

As a co-operator, you'll want to know what's been happening this season:

- Our Community Energy Bill gets a second reading in the Commons
- 14 new Co-op councillors across the North
- Local party development grants: applications now open

We're only able to do this thanks to members like you.

In co-operation,
Co-operative Party

Unsubscribe from these emails""")

c.add("bulk", subject="Chronicle Morning Briefing: Yard closure, Metro delays, and the Toon",
      sender=("Tynebridge Chronicle", "newsletters@tynebridgechronicle.example.co.uk"),
      headers=c.newsletter_headers("other"),
      body="""Good morning. Here's what's happening in Tynebridge today.

1. Hebburn Yard: unions demand meeting as 240 jobs go
2. Metro: signalling fault causes delays on the Yellow line
3. Council budget: libraries, bins and your council tax - what's proposed
4. Weather: rain clearing by lunchtime, 9C

You are receiving this newsletter because you signed up at tynebridgechronicle.example.co.uk. Unsubscribe.""")

c.add("bulk", subject="A message from the General Secretary",
      sender=("The Labour Party", "info@labour-party.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"),
      fmt="alt",
      body="""Mark,

Next May, voters across the country will go to the polls in hundreds of council elections. These elections will be tough. We will be up against Reform in the North and the Greens in the cities, and every seat will be fought hard.

That's why I'm asking you to chip in £5 today to help us get our message out in the target seats that will decide who runs local services.

Chip in £5 ->

Thank you,
General Secretary

Promoted by the Labour Party. Unsubscribe.""",
      tags=("hard-negative", "benign-violent-word"))

c.add("bulk", subject="[Tynebridge Labour Members] Digest for tynebridge-members@googlegroups.com - 4 updates in 3 topics",
      sender=("tynebridge-members@googlegroups.com", "tynebridge-members@googlegroups.com"),
      headers=c.list_headers("Tynebridge Labour Members", domain="googlegroups.com"),
      body="""Topic digest
View all topics

- Lost glove at the Welfare - 1 update
- Lift to GC from Westmoor? - 2 updates
- Quiz teams - 1 update

Lost glove at the Welfare
Pam Hindmarsh: Black leather, left hand, probably somewhere near the tea urn. Sentimental value!

Lift to GC from Westmoor?
Ray Burdon: Anyone going from Westmoor on Thursday? Can't drive at night now.
Josh Carr: I can take you Ray, I'll pick up at 6.40.

Quiz teams
Jean Ferguson: Still room on the "Keelmen Kwizzers" team if anyone's short!

You received this digest because you're subscribed to updates for this group.""")

c.add("bulk", subject="Shelter North East - Winter appeal",
      sender=("Homes For All North", "appeals@homesforallnorth.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"),
      body="""This winter, 2,400 children in the North East will wake up in temporary accommodation.

£25 could pay for a night's emergency stay for a family.
£50 could fund an hour of specialist housing advice.

Please give what you can today.

Homes For All North is a registered charity. Unsubscribe.""")

c.add("bulk", subject="Campaign update: 3 days to go on our crowdfunder",
      sender=("Crowdfunder", "updates@crowdfunder.example.co.uk"),
      headers=c.newsletter_headers("other"),
      body="""Hi Mark,

You backed "A minibus for Coalway Youth Club". The project has 3 days left and has raised £11,840 of its £14,000 target.

Message from the project owner: "Nearly there - thank you all! Please share with anyone you know."

Share this project

You're receiving this because you backed this project. Manage notifications.""")

c.add("bulk", subject="Tynebridge Council - press release: budget consultation opens",
      sender=("Tynebridge Council Communications", "press@tynebridge-council.example.gov.uk"),
      headers=c.list_headers("Tynebridge Council press list", domain="lists.tynebridge-council.example.gov.uk", precedence=False),
      body="""PRESS RELEASE - FOR IMMEDIATE RELEASE

Residents invited to have their say on council budget

Tynebridge Council has today launched an eight-week consultation on its budget proposals for 2027/28. Residents can take part online, by post, or at drop-in sessions in every library.

Cllr Dave Forster, Leader of the Council, said: "We face difficult choices, and we want to hear from residents before any decisions are made."

ENDS

Notes to editors: the consultation closes on 23 January.
You are receiving this because you are on the council's press distribution list. To be removed, reply UNSUBSCRIBE.""")

c.add("bulk", subject="Nextdoor Staithes: Popular posts this week",
      sender=("Nextdoor", "no-reply@rs.email.nextdoor.example.com"),
      headers=c.newsletter_headers("other"),
      body="""Popular in Staithes this week

"Has anyone else's recycling not been collected on Bede Road?" - 34 replies
"Lost cat - ginger tom, answers to Biscuit" - 18 replies
"Who are the people knocking on doors with clipboards?" - 22 replies
"Recommendation for a plumber?" - 9 replies

See all posts

Unsubscribe or change your email settings.""")

c.add("bulk", subject="Emergency fire safety test - Coalway Enterprise Centre",
      sender=("Coalway Enterprise Centre", "facilities@coalwayenterprise.example.co.uk"),
      to="tenants@coalwayenterprise.example.co.uk",
      headers=c.list_headers("CEC Tenants", domain="coalwayenterprise.example.co.uk"),
      body="""Dear Tenants,

Please be aware that the fire alarm will be tested at 10:00 on Wednesday. The test will last approximately 15 minutes. There will also be a full evacuation drill at 14:00 on the same day - please leave by the nearest fire exit and assemble in the rear car park.

Fire doors must not be wedged open. Any tenant found wedging doors will be charged for the replacement of damaged door closers.

Facilities Team""",
      tags=("hard-negative", "benign-violent-word"))

c.add("bulk", subject="Webinar: Hit the doors running - winter canvassing masterclass",
      sender=("Labour Training Academy", "training@labourtraining.example.org.uk"),
      headers=c.newsletter_headers("Campaign Monitor"),
      body="""Hit the doors running!

Our winter canvassing masterclass covers everything your volunteers need to know about campaigning in the dark and the cold:
- Planning routes for short daylight hours
- Safety on the doorstep and in the dark
- Getting the most from the Doorstep app

Wednesday 10 December, 7pm, online. Free for all members.

Register now

Unsubscribe from training emails""",
      tags=("hard-negative", "benign-violent-word"))

c.add("bulk", subject="North East target seats bulletin #14",
      sender=("Labour North Campaigns", "campaigns@labour-northern.example.org.uk"),
      headers=c.list_headers("NE Campaign Coordinators", domain="lists.labour-northern.example.org.uk"),
      body="""Target Seats Bulletin #14

This week's numbers across the region's target wards: 18,440 contacts, up 12% on last week. Strong performances from Staithes (Tynebridge), Crook North (Durham Valleys) and Hendon (Sunderland).

Reminder: the regional day of action is on 6 December. Every CLP is asked to send a team to its nearest target ward. Let us know numbers by Wednesday.

Regional campaigns team""",
      tags=("hard-negative", "benign-violent-word"))

c.add("bulk", subject="The Tyne Column: Why the yard matters",
      sender=("The Tyne Column", "tynecolumn@substack.example.com"),
      headers=c.newsletter_headers("other"),
      fmt="alt",
      body="""THE TYNE COLUMN
by Ruth Carrick

Why the yard matters

When my granda started at Hebburn in 1961 there were 7,000 men on the river. This week the last fabrication shop on that stretch announced its closure, and the response from our political class was a statement about being "disappointed".

I want to argue in this week's column that the yard is not about nostalgia...

[Read the full post]

You're a free subscriber to The Tyne Column. Upgrade to paid | Unsubscribe""")

c.add("bulk", subject="Churches Together in Tynebridge - Hustings invitation to all parties",
      sender=("Churches Together Tynebridge", "admin@ctitynebridge.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"),
      body="""Dear party representatives,

Churches Together in Tynebridge will again hold a public hustings ahead of the May local elections, on Thursday 16 April at St Bede's Church, 7pm.

We invite each party to nominate one speaker. The format will be a two-minute opening statement followed by questions from the floor. We look forward to a lively and respectful evening - knock 'em dead!

Please reply to this email with your nominee by 31 March.

With every blessing,
Rev. Alison Brough

You are receiving this as a party contact. Unsubscribe.""",
      tags=("hard-negative", "benign-violent-word"))

c.add("bulk", subject="[Staithes Labour] Photos from Saturday",
      sender=c.person("Kirsty", "Nichol"),
      to="staithes-labour@googlegroups.com",
      headers=c.list_headers("Staithes Labour", domain="googlegroups.com"),
      body="""Hi all, photos from the litter pick and doorstep session are up on the shared drive (link in the pinned message). Thanks to all 23 of you who came out! Kirsty x

--
You received this message because you are subscribed to the Google Groups "Staithes Labour" group.""")

c.add("bulk", subject="Solar for your community building - free survey",
      sender=("SunBright Community Energy", "hello@sunbrightenergy.example.co.uk"),
      headers=c.newsletter_headers("Mailerlite"),
      body="""Does your organisation own or lease a building? Community groups across the North East are cutting energy bills by up to 60% with rooftop solar.

Book a free, no-obligation survey today.

SunBright Community Energy Ltd | Unsubscribe""")

c.add("bulk", subject="LinkedIn: You appeared in 14 searches this week",
      sender=("LinkedIn", "messages-noreply@linkedin.example.com"),
      headers=c.newsletter_headers("other"),
      body="""Mark, you appeared in 14 searches this week

Searchers were from: Tynebridge Council, Northumbria University, Newcastle Building Society

See who's looking

Unsubscribe | Help""")

c.add("bulk", subject="Winter Conference - booking now open",
      sender=("Labour North Regional Office", "events@labour-northern.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"),
      fmt="html",
      html_body="""<html><body style="font-family:Arial;max-width:600px"><img alt="Labour North"><h1 style="color:#c00">Regional Winter Conference</h1>
<p><b>Saturday 24 January, Durham</b></p><p>Join hundreds of members and delegates for a day of debate, training and campaigning. Speakers include the Mayor, regional MPs and trade union leaders.</p>
<p><a href="#" style="background:#c00;color:#fff;padding:10px 20px">Book your place</a></p>
<p style="font-size:10px;color:#999">Promoted by Labour North. You're receiving this email because you're a member in the Northern region. <a href="#">Unsubscribe</a></p></body></html>""",
      body="",
      tags=("html-only",))

c.add("bulk", subject="[Keelmen Labour] Re: Doorstep session Saturday 10am",
      sender=c.person("Jean", "Ferguson"),
      to="keelmen-labour@googlegroups.com",
      headers=c.list_headers("Keelmen Labour", domain="googlegroups.com"),
      body=c.quote_reply(
          """Count me in. Will bring the big flask.

Jean""",
          """Morning all, doorstep session this Saturday, meeting 10am outside the Keelmen Arms...""",
          quoted_from="Gary Milburn <gary.milburn@gmail.com>",
          style="gmail"),
      tags=("quoted", "list"))

c.add("bulk", subject="This week at the Lit & Phil",
      sender=("Lit & Phil What's On", "whatson@litandphil.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"),
      body="""THIS WEEK
Tue - Poetry evening: "Voices from the Yards"
Wed - Talk: The 1926 General Strike in the North East
Sat - Book sale, 10am-2pm

Unsubscribe""")

c.add("bulk", subject="Your Membersnet weekly roundup",
      sender=("Membersnet", "membersnet@labour-party.example.org.uk"),
      headers=c.newsletter_headers("other"),
      body="""Your Membersnet weekly roundup

New documents:
- NEC procedural guidelines for CLP AGMs (updated)
- Model standing orders for branches
- Data protection: guidance for CLP officers

Training this week:
- Treasurers' masterclass (Tue)
- Social media for branches (Thu)

Log in to Membersnet | Manage email preferences""")

c.add("bulk", subject="Reform UK are stepping up in Tynebridge - what we're doing about it",
      sender=("Hope Not Hate North", "north@hopenothate.example.org.uk"),
      headers=c.newsletter_headers("Action Network"),
      body="""Friend,

Reform UK have announced candidates in every ward in Tynebridge for next May. Some of them have a history of posting extremist content online.

We'll be publishing our research on local candidates in the New Year, and running community events across the borough.

Can you volunteer a few hours in January?

Thanks,
The North team

Unsubscribe""")

# ======================================================================================
# Robots with no List-* headers
# ======================================================================================

c.add("bulk", subject="Automatic reply: Agenda - GC Thursday 7pm",
      sender=("Cllr Dave Forster", "dave.forster@tynebridge-council.example.gov.uk"),
      headers=c.autoreply_headers("exchange"),
      body="""Thank you for your email. I am out of the office until Monday 17 November with limited access to email.

For urgent council matters please contact Members' Services on 0191 496 0123. For ward casework please contact my ward colleague Cllr Joan Hedley.

Cllr Dave Forster
Leader, Tynebridge Metropolitan Borough Council""",
      tags=ROBOT)

c.add("bulk", subject="Re: Keelmen branch minutes - October",
      sender=("Gillian Fenwick", "gill.fenwick@outlook.com"),
      headers=c.autoreply_headers("gmail"),
      body="""Hi! I'm on holiday in Crete until the 24th and not checking emails. If it's branch business, Terry (chair) can help. Otherwise I'll get back to you when I'm home and tanned. Gill""",
      tags=ROBOT)

c.add("bulk", subject="Auto-reply",
      sender=("Office of the MP for Tynebridge", "office.tynebridge@parliament-office.example.uk"),
      headers=c.autoreply_headers("bare"),
      body="""Thank you for contacting the office of the Member of Parliament for Tynebridge.

This is an automated response to confirm your email has been received. Due to the high volume of correspondence, we aim to respond within 15 working days.

Please note that the MP can only take up cases on behalf of constituents. If you have not already done so, please include your full postal address.

If your enquiry is urgent and relates to immigration or a deadline within the next 48 hours, please call the constituency office.""",
      tags=ROBOT)

c.add("bulk", subject="Your enquiry has been received [Ref: CRM-4471902]",
      sender=("Tynebridge Council", "noreply@tynebridge-council.example.gov.uk"),
      body="""Dear customer,

Thank you for contacting Tynebridge Council. Your enquiry has been logged with reference CRM-4471902.

Service: Waste and Recycling - Missed collection
Date received: 20/11/2026

We aim to respond to enquiries within 10 working days. Please do not reply to this email as this mailbox is not monitored.

Tynebridge Council Customer Services""",
      tags=ROBOT)

c.add("bulk", body="", raw=c.bounce("walter.elliott1941@btinternet.com",
                                   orig_subject="Westmoor branch AGM - notice"),
      tags=ROBOT)

c.add("bulk", body="", raw=c.bounce("r.burdon@tynebridgemail.example.net",
                                   reason="552 5.2.2 <%s>: Mailbox full - user is over quota",
                                   subject="Delivery Status Notification (Failure)",
                                   orig_subject="GC papers - November"),
      tags=ROBOT)

c.add("bulk", body="", raw=c.bounce("josh.carr@tynebridgecollege.example.ac.uk",
                                   reason="550 5.4.1 Recipient address rejected: Access denied",
                                   subject="Undeliverable: Youth officer report",
                                   orig_subject="RE: Youth officer report (short, sorry)"),
      tags=ROBOT)

c.add("bulk", body="", raw=c.bounce("marius.popa@yaho.com",
                                   reason="Host or domain name not found. Name service error for name=yaho.com type=MX",
                                   orig_subject="Keelmen branch meeting Wednesday"),
      tags=ROBOT)

c.add("bulk", subject="Mark Dodds has scheduled a Zoom meeting",
      sender=("Zoom", "no-reply@zoom.example.us"),
      body="""Hi Mark,

Your meeting has been scheduled.

Topic: Tynebridge CLP Executive Committee
Time: Dec 2, 2026 07:00 PM London
Meeting ID: 842 1190 3347
Passcode: 611290

Add to Calendar | Edit meeting

Thank you for choosing Zoom.
—The Zoom Team""",
      tags=ROBOT)

c.add("bulk", subject="Invitation: GC - December @ Thu 11 Dec 2026 7pm - 9pm (GMT) (tynebridgeclp.secretary@gmail.com)",
      sender=("Margaret Coulson (Google Calendar)", "calendar-notification@google.example.com"),
      body="""Margaret Coulson has invited you to an event

GC - December
When: Thursday 11 Dec 2026 7pm – 9pm (Greenwich Mean Time - London)
Where: Coalway Miners' Welfare, Front Street
Guests: Margaret Coulson - organiser, tynebridgeclp.secretary@gmail.com, barry.hindmarsh@btinternet.com

Going? Yes - Maybe - No    more options »

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.""",
      tags=ROBOT)

c.add("bulk", subject="Kirsty Nichol shared \"Women's Forum 2027\" with you",
      sender=("Dropbox", "no-reply@dropbox.example.com"),
      fmt="html",
      html_body="""<html><body style="font-family:sans-serif"><p>Hi Mark,</p><p><b>Kirsty Nichol</b> (kirsty.nichol@gmail.com) invited you to view the folder "<b>Women's Forum 2027</b>" on Dropbox.</p><p><a href="#" style="background:#0061fe;color:#fff;padding:8px 16px;text-decoration:none">Go to folder</a></p><p style="color:#999;font-size:11px">Enjoy!<br>The Dropbox team</p></body></html>""",
      body="",
      tags=ROBOT + ("html-only",))

c.add("bulk", subject="Your statement is ready to view",
      sender=("Community Bank Online", "alerts@communitybank.example.co.uk"),
      body="""Dear Customer,

Your statement for account ending 4471 (TYNEBRIDGE CONSTITUENCY LABOUR PARTY) is now available to view in Online Banking.

For your security, we will never ask you to confirm your password or PIN by email.

Community Bank plc. Registered in England and Wales.""",
      tags=ROBOT)

c.add("bulk", subject="Membership report ready: Tynebridge CLP - November",
      sender=("Labour Membership System", "membership-noreply@labour-party.example.org.uk"),
      body="""Dear CLP Secretary,

The monthly membership report for Tynebridge CLP is now available to download from the CLP Officers area.

Summary:
Members: 1,184 (+12)
New joiners this month: 27
Lapsed this month: 15
Members in arrears: 61

Please note: this report contains personal data. Do not forward it or store it on personal devices.

This is an automated message. Do not reply.""",
      tags=ROBOT)

c.add("bulk", subject="You've received a payment of £25.00 GBP",
      sender=("PayPal", "service@paypal.example.co.uk"),
      body="""You've got money

Hello Tynebridge CLP,

Amanda Reilly sent you £25.00 GBP.

Note from Amanda: "For the raffle - sorry I can't make the quiz! x"

Transaction ID: 7XK44102RW881630L

PayPal""",
      tags=ROBOT)

c.add("bulk", subject="New order: Tynebridge Labour Christmas Social",
      sender=("Eventbrite", "orders@eventbrite.example.com"),
      body="""New Order Alert

You have a new order for Tynebridge Labour Christmas Social.

Order #8814478220
Buyer: Paul Hutchinson
2 x General admission (£8.00) = £16.00

Total tickets sold: 47 / 80

Manage event""",
      tags=ROBOT)

c.add("bulk", subject="Ray Burdon commented on your post",
      sender=("Facebook", "notification@facebookmail.com"),
      body="""Ray Burdon commented on Tynebridge Labour Party's post.

Ray wrote: "Great night, well done to everyone who organised it. Same again next year!"

Reply | View comment

This message was sent to tynebridgeclp.secretary@gmail.com.
Meta Platforms, Inc.""",
      tags=ROBOT + ("social",))

c.add("bulk", subject="Your Royal Mail parcel is on its way",
      sender=("Royal Mail", "no-reply@royalmail.example.com"),
      body="""Your item from NORTHERN PRINT CO is due to be delivered today between 10:15 and 12:15.

Tracking number: TT 4471 8820 9GB

If you're not in, we'll leave a card.""",
      tags=ROBOT)

c.add("bulk", subject="Order PP-20931 has been dispatched",
      sender=("Northern Print Co. Orders", "orders@northernprintco.example.co.uk"),
      body="""Hi Mark,

Great news - your order has been dispatched.

Order: PP-20931
Items: 8,000 x A5 leaflet, 2-sided, 130gsm silk - "Staithes Focus Winter"
Delivery address: 22 Pennine View, Tynebridge

Any problems? Reply to this email or call 0191 496 0771.

Northern Print Co.""",
      tags=ROBOT)

c.add("bulk", subject="[Tynebridge Labour] Your site has updated to WordPress 6.9.1",
      sender=("WordPress", "wordpress@tynebridgelabour.example.org.uk"),
      body="""Howdy! Your site at https://tynebridgelabour.example.org.uk has been updated automatically to WordPress 6.9.1.

No further action is needed on your part. For more on version 6.9.1, see the About WordPress screen.

If you experience any issues or need support, the volunteers in the WordPress.org support forums may be able to help.

The WordPress Team""",
      tags=ROBOT)

c.add("bulk", subject="Security alert",
      sender=("Google", "no-reply@accounts.google.example.com"),
      body="""New sign-in to your account

tynebridgeclp.secretary@gmail.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity

You received this email to let you know about important changes to your Google Account and services.""",
      tags=ROBOT)

c.add("bulk", subject="Margaret Coulson responded to your poll \"EC date - December\"",
      sender=("Doodle", "mailer@doodle.example.com"),
      body="""Margaret Coulson has responded to your poll "EC date - December".

Tue 2 Dec: Yes
Wed 3 Dec: If need be
Thu 4 Dec: No

6 of 9 participants have responded.

View poll""",
      tags=ROBOT)

c.add("bulk", subject="Your domain tynebridgelabour.example.org.uk expires in 30 days",
      sender=("Domain Services", "renewals@domainservices.example.co.uk"),
      body="""Your domain is due for renewal.

Domain: tynebridgelabour.example.org.uk
Expiry date: 30/12/2026
Auto-renew: OFF

Renew now to avoid losing your website and email.

Domain Services Ltd""",
      tags=ROBOT)

c.add("bulk", subject="Your campaign \"Tynebridge Labour - November News\" has been sent",
      sender=("Mailchimp", "no-reply@mailchimp.example.com"),
      body="""Your campaign has been sent!

"Tynebridge Labour - November News" was sent to 1,037 recipients.

We'll start tracking opens and clicks right away. View report

—Mailchimp""",
      tags=ROBOT)

c.add("bulk", subject="Please DocuSign: Hall Hire Agreement - Coalway Miners Welfare 2027",
      sender=("Coalway Miners Welfare via DocuSign", "dse@docusign.example.net"),
      body="""Coalway Miners Welfare sent you a document to review and sign.

REVIEW DOCUMENT

Please review and sign the 2027 hall hire agreement. Any queries to the bar manager.

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.""",
      tags=ROBOT)

c.add("bulk", subject="Planning application alert - Staithes ward",
      sender=("Tynebridge Planning Portal", "planning-alerts@tynebridge-council.example.gov.uk"),
      body="""A new planning application has been registered in an area you are tracking.

Reference: 26/01847/FUL
Address: Land at Bede Road, Staithes
Proposal: Erection of 38 dwellings with associated access and landscaping
Consultation expiry: 18/12/2026

View application details

To stop receiving alerts, log in and edit your saved searches.""",
      tags=ROBOT)

c.add("bulk", subject="Read: Agenda - GC Thursday 7pm",
      sender=c.person("Walter", "Elliott"),
      body="""Your message

  To: Walter Elliott
  Subject: Agenda - GC Thursday 7pm
  Sent: 10/11/2026 18:42

was read on 11/11/2026 09:15.""",
      tags=ROBOT)

c.write()
