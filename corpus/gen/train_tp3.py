"""train/tp3: political mass mail, part 3 -- petitions, campaign groups, unions.

Every message body below is hand-written. The helpers only wrap text in the shapes
bulk political mail arrives in (a button-and-table HTML part, list headers or none).
"""
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tp3", seed=2903)
SEC = c.secretary()[0].split()[0]
CLP = c.clp[0]

BTN = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def plain(body):
    """[[label|url]] buttons become 'label: url' in the text part."""
    return BTN.sub(lambda m: f"{m.group(1)}: {m.group(2)}", body)


def promo(body, accent="#c8102e", preheader="", logo=""):
    """The table-and-button HTML that fundraising platforms send."""
    out = []
    for p in [p.strip() for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]:
        m = BTN.fullmatch(p)
        if m:
            out.append(
                f'<table role="presentation" cellpadding="0" cellspacing="0" style="margin:18px 0"><tr>'
                f'<td style="background:{accent};border-radius:4px;padding:14px 30px">'
                f'<a href="{html.escape(m.group(2))}" style="color:#ffffff;font-family:Arial,sans-serif;'
                f'font-size:17px;font-weight:bold;text-decoration:none">{html.escape(m.group(1))}</a>'
                f'</td></tr></table>')
        else:
            t = html.escape(BTN.sub(lambda m: m.group(1), p)).replace("\n", "<br>")
            out.append(f'<p style="font-family:Arial,Helvetica,sans-serif;font-size:16px;'
                       f'line-height:1.55;color:#1a1a1a;margin:0 0 14px">{t}</p>')
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">'
           f'{html.escape(preheader)}</div>') if preheader else ""
    head = (f'<tr><td style="background:{accent};padding:12px 24px;color:#fff;font-family:Arial;'
            f'font-weight:bold;font-size:20px">{html.escape(logo)}</td></tr>') if logo else ""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" '
            'content="width=device-width,initial-scale=1"></head><body style="margin:0;'
            f'background:#eeeeee">{pre}<table width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" '
            f'style="background:#ffffff">{head}<tr><td style="padding:26px 30px">{"".join(out)}'
            '</td></tr></table></td></tr></table></body></html>')


def bulk(subject, body, sender, tags, headers=None, fmt=None, accent="#c8102e",
         preheader="", logo="", **kw):
    tags = list(tags)
    if not headers:
        tags += ["confuser", "robot-no-list-headers"]
    html_body = None
    if fmt in ("alt", "html"):
        html_body = promo(body, accent, preheader, logo)
    c.add("bulk", body=plain(body), subject=subject, sender=sender, tags=tuple(tags),
          headers=headers, fmt=fmt or "plain", html_body=html_body, **kw)



TOWN = CLP.replace(" CLP", "")

# 1 38 Degrees-style
bulk("They're selling off our hospital land", f"""Dear {SEC},

It's happening. NHS land at four hospitals in our region -- including the old nurses' home at St Aldhelm's -- is being quietly lined up for sale to private developers. Once it's gone, it's gone for good.

Health campaigners got hold of the sale list last week. Local people were never asked. Staff weren't told. The NHS trust says it needs the cash to plug a hole in its budget, but selling the family silver to pay the gas bill is no plan at all.

Together we can stop this. When thousands of us speak up at the same time, trust boards listen -- we've seen it happen again and again.

Will you add your name to the petition to stop the sell-off?

[[Sign the petition|https://act.fortydegrees.org.uk/nhs-land]]

Thanks for everything you do,

Imogen, Rahul, Claire and the Forty Degrees team

PS: Forty Degrees is funded entirely by small donations from members like you. We take no money from government, political parties or corporations.

You're receiving this because you're a Forty Degrees member. Unsubscribe: https://act.fortydegrees.org.uk/unsubscribe""",
     ("Forty Degrees", "info@fortydegrees.org.uk"), ("petition", "newsletter"),
     headers=c.newsletter_headers("Mailchimp"), fmt="alt", accent="#e8242c")

# 2 Change.org-style: petition near you
bulk("Someone near you started a petition", f"""Hi {SEC},

A petition near you is gaining support.

STOP THE CUTS TO THE 41 AND 41A BUSES
Started by Bev Atkinson · 1,283 supporters

"The council and Northline Buses want to axe the evening 41 service after 7pm. For hundreds of us that is the only way home from shifts at the hospital and the distribution centre. This will kill off evening work for anyone without a car..."

Sign this petition → https://www.petitionry.com/p/stop-cuts-41-buses?utm=nearby

Petitionry · The world's platform for change
You're receiving this email because you signed a petition near {TOWN}. Manage notifications: https://www.petitionry.com/settings""",
     ("Petitionry", "no-reply@mail.petitionry.com"), ("petition", "hard-negative", "metaphor"),
     fmt="alt", accent="#eb2f06")

# 3 Avaaz-style
bulk("The forests are burning -- 48 hours to act", f"""Dear friends across the UK,

Right now, fires set by land-grabbers are tearing through the last great forests of the southern Amazon, and the trade deal that would reward the companies behind them is being signed in 48 hours.

Ministers from 14 countries meet on Thursday. If enough of us raise our voices, they can put forest protection into the deal -- or walk away from it. Let's make sure they hear us.

Sign now and share with everyone: https://secure.globalvoicenow.org/en/forests_48h/

With hope and determination,

Ana, Moussa, Elif, Jonas and the whole GlobalVoice team

PS -- Last time we did this, 1.9 million of us signed in three days and negotiators added a deforestation clause at the last minute. It works.

GlobalVoice is a 70-million-strong global campaign network. We take no money from governments or corporations.""",
     ("GlobalVoice", "avaaz@globalvoicenow.org"), ("petition", "hard-negative", "benign-violent-word"),
     headers=c.newsletter_headers("Campaign Monitor"), fmt="alt", accent="#1f6fb2")

# 4 Petition victory
bulk("VICTORY: Northgate Library is saved!", f"""WE DID IT.

Last night the council's cabinet voted to withdraw the plan to close Northgate Library. 

When we started this petition in July, the closure was being called a "done deal". 8,416 of you signed. 200 of you came to the cabinet meeting. Children wrote letters. The local paper ran it on the front page three weeks in a row.

Thank you -- every single one of you.

There's more to do: the opening hours are still being cut from 40 to 28 a week, and the mobile library is still under threat. We'll be in touch.

But tonight, let's celebrate.

Pauline Garside, petition starter

Petitionry · Update on a petition you signed
https://www.petitionry.com/p/save-northgate-library""", ("Petitionry", "no-reply@mail.petitionry.com"),
     ("petition", "victory"))

# 5 water pollution, combative
bulk("Water bosses are poisoning our rivers", f"""{SEC},

Last year, water companies dumped raw sewage into our rivers and seas more than 450,000 times. Four hundred and fifty thousand.

Meanwhile their shareholders took home over £1 billion in dividends, and the bosses paid themselves bonuses for "environmental performance". You couldn't make it up.

This is a scandal, and it's killing our rivers. Fish kills on the Ouse. Kids getting sick after swimming at Whitsand. Beaches closed in the middle of summer.

We're demanding:
- An outright ban on bonuses for polluting water bosses
- Criminal liability for directors who sign off illegal dumping
- Public ownership on the table, not off it

Add your name: https://cleanriversnow.org.uk/act/bonuses

And if you live near a river, check our live sewage map: https://cleanriversnow.org.uk/map

Clean Rivers Now

Clean Rivers Now is a registered charity (no. 1190044). Unsubscribe at any time.""",
     ("Clean Rivers Now", "campaigns@cleanriversnow.org.uk"),
     ("petition", "hard-negative", "metaphor"), headers=c.newsletter_headers("Mailchimp"), fmt="alt",
     accent="#0077b6")

# 6 renters union
bulk("Landlords are waging war on renters", f"""Comrades and neighbours,

Make no mistake: the big landlords are waging war on renters in this city.

Since the spring we've seen no-fault evictions spike as landlords race to clear tenants out before the new law bites. We've seen rents hiked by 20, 30, 40 percent with two months' notice. We've seen black mould, broken boilers and families living in one room.

But we're fighting back -- and we're winning.

THIS MONTH:
✊ 14 evictions stopped by tenants turning up together
✊ £38,000 of deposits returned
✊ Carrow Properties forced to fix 60 flats after we delivered a petition to their office

NEXT MEETING: Tuesday 7pm, Unity Hall, 12 Brook Street. Free childcare. Bring your neighbours.

An injury to one is an injury to all.

City Renters' Union
Join for £1/month: https://cityrentersunion.org.uk/join""",
     ("City Renters' Union", "organise@cityrentersunion.org.uk"),
     ("newsletter", "hard-negative", "metaphor"),
     headers=c.list_headers("CRU Members", domain="lists.cityrentersunion.org.uk", precedence=False))

# 7 bin strike picket support (union)
bulk("Bin strike day 41: picket lines need you", f"""Brothers, sisters, friends,

We're on day 41 of the bin strike and the council still won't talk to us.

Let's be clear about what this is: management is trying to starve us back to work. They're paying agency crews double to cross the picket line. They're briefing the papers that we're "holding the city to ransom". They want to break the union in this depot so they can do it in every depot.

They will not break us.

WHAT YOU CAN DO
1. Join a picket line. Every morning from 5.30am at Harrow Lane depot and Canal Street depot. Even half an hour makes a difference.
2. Donate to the hardship fund: https://cpsu-union.org.uk/binstrike-hardship (sort code and account number at the link)
3. Pass a solidarity motion at your branch, CLP or trades council -- model text attached to this email on our website.
4. Ignore the council's spin. Our members are earning £11 an hour for one of the hardest jobs in the city.

Victory to the bin workers!

Gary Pearson
Branch Secretary, City Services Branch, CPSU""",
     ("CPSU City Services Branch", "cityservices@cpsu-union.org.uk"),
     ("union", "hard-negative", "metaphor"),
     headers=c.list_headers("CPSU Solidarity", domain="lists.cpsu-union.org.uk"))

# 8 strike ballot result - short
bulk("92% YES -- the fight is on", f"""The result is in.

Turnout: 71%
YES to strike action: 92%
YES to action short of strike: 96%

The employer now has 14 days to come back with a serious offer. If they don't, the first strike dates will be announced on the 3rd.

Thank you to every rep and every member who got the vote out. The fight is on.

National Union of Care & Support Workers

You're receiving this as a member or supporter of NUCSW.""", ("NUCSW", "news@nucsw.org.uk"),
     ("union", "hard-negative", "metaphor", "short"), headers=c.newsletter_headers("Campaign Monitor"))

# 9 planning objection deadline
bulk("The bulldozers arrive Monday -- last chance to object", f"""LAST CHANCE TO OBJECT

The consultation on the Hatchley Woods "Phase 3" housing scheme closes at MIDNIGHT TONIGHT.

If the plan goes ahead, contractors will start clearing 14 acres of ancient woodland on Monday morning. The bulldozers are already parked in the field on Colley Lane.

It takes two minutes to object. Use our guide so your objection counts (planning officers ignore anything that isn't about material planning considerations): https://friendsofhatchleywoods.org.uk/object

Reference: 26/01487/OUTM

Don't let them get away with it.

Friends of Hatchley Woods""", ("Friends of Hatchley Woods", "friendsofhatchleywoods@gmail.com"),
     ("petition", "confuser", "bulk-as-urgent", "hard-negative", "metaphor"),
     headers=c.list_headers("Friends of Hatchley Woods", domain="googlegroups.com", precedence=False))

# 10 A&E campaign, blood on their hands
bulk("Save Our A&E: they'll have blood on their hands", f"""SAVE OUR A&E -- CAMPAIGN UPDATE

Friends,

The Integrated Care Board has published its "Options Appraisal" for urgent care in the east of the county. We've read all 212 pages so you don't have to. In plain English: they want to downgrade Marlow Road A&E to an "urgent treatment centre" that closes at 10pm.

That would mean anyone having a heart attack or a stroke after 10pm in Eastfield, Marlow or the villages faces a 35-minute ambulance ride to St Aldhelm's -- if there's an ambulance. Last winter the average wait for a category 2 ambulance in our area was 58 minutes.

People will die. That isn't a slogan. It's what the ICB's own risk register says, in slightly more careful language, on page 147. If they go ahead with this knowing what they know, they will have blood on their hands.

WHAT'S NEXT
- Public meeting: Thursday 7pm, Marlow Road Community Centre. Speakers include consultants from the hospital (speaking in a personal capacity), the Unite and RCN reps, and our MP.
- March: Saturday 2nd, assemble 11am at the Clock Tower.
- Consultation responses: the ICB's formal consultation opens on the 14th. We'll send a guide.

We have beaten them before -- in 2019 they tried to close the maternity unit and 11,000 people marched. We can do it again.

Save Our A&E Campaign
www.saveourmarlowae.org.uk""", ("Save Our A&E", "saveourmarlowae@gmail.com"),
     ("newsletter", "hard-negative", "metaphor", "long"),
     headers=c.list_headers("Save Our AE", domain="googlegroups.com", precedence=False))

# 11 badger cull: benign violent words
bulk("The shooting starts on Monday", f"""Dear supporter,

The government has licensed another season of badger culling. Marksmen will begin shooting in 11 new zones from Monday night, including two in our county for the first time.

Scientists have said for years that culling doesn't work -- it disrupts badger social groups and can actually spread bovine TB further. A vaccination programme costs less and works better.

We're asking supporters to:
- Write to your MP (template here: https://badgerwatch-uk.org/mp)
- Join a wildlife monitoring patrol (training this Saturday)
- Donate to our legal challenge

Thank you for standing up for wildlife.

Badger Watch UK
Registered charity 1142207""", ("Badger Watch UK", "info@badgerwatch-uk.org"),
     ("petition", "hard-negative", "benign-violent-word"), headers=c.newsletter_headers("Mailerlite"))

# 12 petition platform: you've been named as decision maker (robot)
bulk(f"You've been named as a decision maker on a petition", f"""Hi {c.secretary()[0]},

You have been named as a decision maker on a petition on Petitionry.

PETITION: {TOWN} Labour -- hold an open public meeting on the Millbrook Baths closure
Started by Millbrook Residents' Action Group · 347 supporters

"Labour councillors voted to close Millbrook Baths without a single public meeting. We are asking the local Labour party to hold an open meeting where residents can put questions to our councillors directly..."

As a decision maker you can respond to this petition publicly. Supporters will be notified of your response.

Respond: https://www.petitionry.com/decision-makers/respond?p=millbrook-baths-meeting

Petitionry
You're receiving this because your email address was provided by the petition starter as the contact for this organisation. Learn more: https://www.petitionry.com/help/decision-makers""",
     ("Petitionry", "decisionmakers@mail.petitionry.com"),
     ("petition", "notification"), also=["complaint"])

# 13 parliament petitions site government response
bulk("Government responded to the petition you signed", f"""Dear {c.secretary()[0]},

The Government has responded to the petition you signed -- "Scrap the two-child limit on Universal Credit and Child Tax Credit".

Government responded:

"The Government is committed to reducing child poverty and the cross-government Child Poverty Taskforce is considering all available levers, including the two-child limit, as part of developing the Child Poverty Strategy. Any changes will be set out at a future fiscal event..."

Click this link to view the response in full:
https://petition.parliament-uk.example/petitions/702114?reveal_response=yes

The Petitions Committee will take a look at this petition and its response. They can press the government for action and gather evidence. If this petition reaches 100,000 signatures, the Committee will consider it for a debate.

Thanks,
The Petitions team
UK Government and Parliament""", ("Petitions: UK Government and Parliament", "no-reply@petition.parliament-uk.example"),
     ("petition", "notification"))

# 14 poll of members
bulk("Vote: what should we fight on next?", f"""Hi {SEC},

Every year, Forty Degrees members vote on the campaigns we throw our weight behind. This is your chance to shape what we do in the next 12 months.

The shortlist (chosen from 18,000 suggestions):

A. End sewage dumping -- for good
B. Fix the social care crisis
C. Ban no-fault evictions, properly this time
D. Stop the sell-off of school playing fields
E. Fair pay for nurses and carers

Vote here (it takes 30 seconds): https://act.fortydegrees.org.uk/vote2027

Voting closes Sunday at midnight. We'll share the results next week.

Thanks,
The Forty Degrees team""", ("Forty Degrees", "info@fortydegrees.org.uk"), ("newsletter", "survey"),
     headers=c.newsletter_headers("Mailchimp"))

# 15 query: A&E campaigner asks to speak at GC
c.add("query", subject="Save Our A&E - can we come and speak to your GC?", body=f"""Dear {SEC},

I'm the secretary of the Save Our A&E campaign (Marlow Road). We've had great support from individual Labour members in your area, and two of your councillors came to our last public meeting.

We're asking all the local parties, union branches and community groups to formally back the campaign and send a representative to our steering group. Would it be possible for one of us to come and speak briefly at your next General Committee meeting -- five or ten minutes, plus questions? Or if you prefer, we could send a short written statement for members to consider.

Could you let me know how that works in your party, and when your next meeting is? I appreciate you may have a process for this.

We're really keen to make sure this doesn't become a party-political football -- our steering group has people from all parties and none -- but we know the Labour Party locally has a long history of fighting for the hospital and we'd be stronger with you on board.

Kind regards,

Margaret Fairclough
Secretary, Save Our A&E (Marlow Road)
01632 960 4417""", sender=("Margaret Fairclough", "m.fairclough@btinternet.com"),
      tags=("personal-ask", "hard-negative", "metaphor"))

# 16 climate group
bulk("We're going after the banks", f"""{SEC},

Three high-street banks poured £28 billion into new fossil fuel projects last year. They'd rather you didn't know that.

This month, we're going after them. Not with paint. With customers.

1. Check if your bank funds fossil fuels: https://climatecounts-uk.org/bankcheck
2. Tell them why you're leaving: we've written the letter for you
3. Join the national day of action on the 15th -- 120 branches, one message: Stop Funding Fossils

Together we have £1.3 billion in personal deposits. That's a weapon they understand.

Climate Counts""", ("Climate Counts", "hello@climatecounts-uk.org"),
     ("petition", "hard-negative", "metaphor"), headers=c.newsletter_headers("Action Network"), fmt="alt",
     accent="#2d6a4f")

# 17 Thank you for signing / confirm
bulk("Please confirm your signature", f"""Hi {SEC},

Thanks for signing "Keep Westgate Fire Station Open". Please confirm your signature by clicking the link below -- it only counts once it's confirmed:

https://www.petitionry.com/confirm?sig=7be19c0d2f

If you didn't sign this petition, you can ignore this email.

Petitionry""", ("Petitionry", "no-reply@mail.petitionry.com"),
     ("petition", "notification", "benign-violent-word"))

# 18 anti-far-right group; news about threats and "drive them out"
bulk("The far right are organising in your area", f"""Dear {SEC},

Our researchers have been monitoring a new network of far-right groups in your region, organised through Telegram channels and "concerned residents" Facebook groups. In the last month they've:

- Held two protests outside hotels housing asylum seekers
- Circulated the names and photos of local councillors who voted for a new mosque extension, alongside abusive comments
- Leafleted a primary school with conspiracy material about "the great replacement"

We've passed the material about councillors to the police and to the councils concerned. If you're a local representative or party officer and you're worried about your own safety, our briefing on dealing with online abuse and intimidation is here: https://hopeovershadow.org.uk/guides/safety

But the best answer to hate is community. We want to drive them out of our towns -- not with fists, but with numbers. Counter-events, unity festivals, door-knocking in the estates they're targeting.

Join the local group: https://hopeovershadow.org.uk/local

Hope Over Shadow

Hope Over Shadow Ltd, PO Box 6241, London N1 9DT. Unsubscribe.""",
     ("Hope Over Shadow", "info@hopeovershadow.org.uk"),
     ("newsletter", "hard-negative", "news-about-threats", "metaphor"),
     headers=c.newsletter_headers("Mailchimp"), fmt="alt", accent="#ff6600")

# 19 disability rights: 'the cuts will kill'
bulk("These cuts will kill", f"""These cuts will kill.

We don't say that lightly. After the last round of benefit changes, an inquiry found that people died after being found "fit for work". Now the government plans to tighten the PIP daily living test so that 800,000 disabled people lose support.

Not one Labour MP stood on a manifesto promising this.

On Wednesday, disabled people and our allies will be outside Parliament from 12 noon. If you can't be there, you can still act:

✉️ Email your MP: https://disabledpeopleagainstcuts-uk.org/mp
📣 Share our video
🗳 Pass our model motion at your union branch or CLP: https://disabledpeopleagainstcuts-uk.org/motion

Nothing about us without us.

Disabled People Against Cuts UK""", ("DPAC UK", "campaigns@disabledpeopleagainstcuts-uk.org"),
     ("petition", "hard-negative", "metaphor"), headers=c.newsletter_headers("Mailerlite"), fmt="html",
     accent="#6a1b9a")

# 20 facebook group notification about protest at woods
bulk("Friends of Hatchley Woods posted in Save Hatchley Woods", """Friends of Hatchley Woods posted in Save Hatchley Woods.

"They're coming with chainsaws on Monday morning. WE WILL BE THERE TO STOP THEM. Meet at the Colley Lane gate from 6am, bring flasks, banners and warm clothes. Peaceful protest ONLY -- we've got legal observers coming and the police liaison officer knows we'll be there. Don't give them any excuse. 🌳🌳🌳"

142 reactions · 58 comments

View post: https://www.facebook.com/groups/savehatchleywoods/posts/88120471

You're receiving this notification because you're a member of Save Hatchley Woods. Turn off notifications for this group.
Facebook, Inc., Attention: Community Support, 1 Hacker Way, Menlo Park, CA 94025""",
     ("Facebook", "notification@facebookmail.com"),
     ("social", "notification", "hard-negative", "benign-violent-word"))

# 21 Gaza ceasefire campaign (literal war, not a threat)
bulk("Stop arming the war -- email your MP tonight", f"""Dear {SEC},

The bombing has not stopped. Aid trucks are still sitting at the border. And British-made components are still going into the fighter jets that are flattening neighbourhoods.

On Tuesday MPs will vote on an amendment to suspend all arms export licences until there is a permanent ceasefire. The vote is expected to be close.

Please email your MP tonight: https://peaceandjusticenetwork.org.uk/arms

It takes two minutes, and MPs do count these emails.

Peace & Justice Network

If you no longer wish to hear from us, reply STOP or click here.""",
     ("Peace & Justice Network", "act@peaceandjusticenetwork.org.uk"),
     ("petition", "hard-negative", "benign-violent-word"), headers=c.newsletter_headers("Action Network"))

# 22 local campaign Google group digest
bulk("[savemillbrookbaths] Digest for savemillbrookbaths@googlegroups.com - 4 updates in 3 topics", """Topic digest
View all topics

  * Council meeting Weds - who's going? - 2 Updates
  * Banner for the demo - 1 Update
  * Swimming club letter - 1 Update

Council meeting Weds - who's going?
Jackie Morrow <jmorrow64@hotmail.co.uk>: Nov 03 07:14PM

I'll be there from 6. Let's fill the public gallery. If they want a fight over this pool they've picked the wrong town.

Steve Abbott <steveabbott.millbrook@gmail.com>: Nov 03 08:52PM

Count me and Deb in. Will bring the petition boxes. Remember we're not allowed to clap in the chamber, last time they threatened to clear the gallery lol

Banner for the demo
Priti Shah <pritishah.art@gmail.com>: Nov 04 10:01AM

Banner is done!! "HANDS OFF OUR BATHS" in blue and white. It's massive, will need 4 people to carry it.

Swimming club letter
Millbrook Otters ASC <secretary@millbrookotters.org.uk>: Nov 04 02:30PM

The club committee has written formally to all councillors, copy on our website. 190 children currently swim with us. Where are they supposed to go?

--
You received this digest because you're subscribed to updates for this group. To unsubscribe from this group and stop receiving emails from it, send an email to savemillbrookbaths+unsubscribe@googlegroups.com.""",
     ("savemillbrookbaths@googlegroups.com", "savemillbrookbaths@googlegroups.com"),
     ("list", "hard-negative", "metaphor", "benign-violent-word"),
     headers=c.list_headers("Save Millbrook Baths", domain="googlegroups.com"))

# 23 legal challenge crowdfund by campaign group
bulk("We're taking them to court", f"""{SEC},

We've just filed papers in the High Court.

For two years, the Department has refused to publish the risk assessments behind its decision to cut funding for domestic abuse refuges by a third. We believe that decision was unlawful: no proper equality impact assessment, no consultation with the survivors' organisations who'll be left to pick up the pieces.

Ministers have hired some of the most expensive barristers in the country to fight us. They've got a bottomless budget. We've got you.

Our first hearing is in January. We need £45,000 to get there.

Back the case: https://fairlawfund.org.uk/refuges

Jo Maitland
Director, Fair Law Fund""", ("Jo Maitland, Fair Law Fund", "jo@fairlawfund.org.uk"),
     ("fundraising", "hard-negative", "metaphor"), headers=c.newsletter_headers("Mailchimp"), fmt="alt",
     accent="#222222")

# 24 other: union rep thanks CLP members for picket solidarity
c.add("other", subject="thank you from Harrow Lane", body=f"""{SEC}, or whoever reads this --

I'm the rep at Harrow Lane depot. I just wanted to say a proper thank you to the {TOWN} Labour members who've been coming down to the picket line. Especially the older fella with the flask of soup (Colin?) who's been there every single morning at half five. The lads call him the Soup General now.

It means a lot. Some of the lads have had a bit of grief from people saying Labour's "on the council's side", so seeing Labour rosettes on the picket line shuts that down quick.

We're going to win this war. Not today maybe, but we will.

All the best
Dean Sheridan
CPSU rep, Harrow Lane""",
      sender=("Dean Sheridan", "deansheridan76@hotmail.co.uk"),
      tags=("hard-negative", "metaphor", "personal", "thanks"))

# 25 action alert: flood the inbox
bulk("ACTION ALERT: flood their inboxes", f"""ACTION ALERT

The Renters' Rights regulations are being debated in committee on Thursday -- and landlord lobbyists have been meeting ministers all week to water down the ban on no-fault evictions.

We need to bombard every member of the committee with emails before Thursday morning. We've made it easy -- one click sends a personal message to all 17 of them:

https://generationrent-uk.org/flood

Last time we did this, 24,000 emails landed in 48 hours and two committee members changed their position.

Let's do it again.

Generation Rent UK""", ("Generation Rent UK", "action@generationrent-uk.org"),
     ("petition", "hard-negative", "metaphor"), headers=c.newsletter_headers("Action Network"))

# 26 petition hand-in invite
bulk("Join us to hand in 12,000 signatures", f"""Hi {SEC},

Together, 12,347 of us have signed the petition to keep the Westgate Fire Station open. Now it's time to hand it in.

When: Wednesday, 9.30am
Where: outside County Hall, main steps
Bring: yourself, a friend, and a sign if you like (no flares please -- the fire service is on our side and so is the irony)

The Fire Authority meets at 10am to make its decision. Let's make sure they see us on the way in.

Thanks for everything,
Kev Marsh, FBU Westgate, and the Keep Westgate Open campaign""",
     ("Keep Westgate Open", "keepwestgateopen@gmail.com"),
     ("petition", "hard-negative", "benign-violent-word"),
     headers=c.list_headers("Keep Westgate Open", domain="googlegroups.com", precedence=False))

# 27 html-only union newsletter
bulk("Union News: pay offer, strike dates, and the fight for fair fire cover", """UNION NEWS -- NOVEMBER

PAY OFFER REJECTED
Members have voted overwhelmingly to reject the employers' 3% offer. The Executive will meet on the 12th to consider next steps.

FIRE COVER: "A RECIPE FOR DISASTER"
The Fire Authority plans to cut night-time crewing at six stations. Our members know what that means: slower response times when people are asleep and most at risk. Read our submission.

HEALTH & SAFETY REPS TRAINING
New courses in January. Book through your branch secretary.

SOLIDARITY
Members from four brigades joined the bin workers' picket at Harrow Lane last week. An injury to one is an injury to all.

Fire Service Workers' Union · Head Office, 68 Roding Road, Kingston KT2 6AA""",
     ("Fire Service Workers' Union", "news@fswu.org.uk"),
     ("union", "newsletter", "hard-negative", "benign-violent-word"),
     headers=c.newsletter_headers("Campaign Monitor"), fmt="html", accent="#b71c1c")

# 28 consultation: deadline midnight
bulk("It closes at midnight. Have you had your say?", f"""{SEC}, just a reminder -- the government's consultation on scrapping the household support fund closes at midnight tonight.

So far 31,000 people have responded through our tool. Every response has to be read and counted.

Respond in 3 minutes: https://endpovertynow-uk.org/consult

Thank you,
End Poverty Now""", ("End Poverty Now", "team@endpovertynow-uk.org"),
     ("petition", "confuser", "bulk-as-urgent", "short"), headers=c.newsletter_headers("Mailchimp"))

# 29 pressure is working
bulk("MPs are feeling the heat", f"""Good news, {SEC}: the pressure is working.

Since we launched our campaign against the winter fuel cut, 212 MPs have been contacted by more than 100 constituents each. We've heard from inside Westminster that backbenchers are taking it to the whips, and at least 40 Labour MPs have now said publicly they want a rethink.

But ministers are digging in. The Chancellor told the Commons yesterday there will be "no U-turn".

We've got a week before the budget is finalised. Let's turn up the heat.

→ Add your voice: https://agewellalliance.org.uk/winterfuel

Age Well Alliance""", ("Age Well Alliance", "campaigns@agewellalliance.org.uk"),
     ("petition", "hard-negative", "metaphor"), headers=c.newsletter_headers("Mailchimp"), fmt="alt",
     accent="#ff8c00")

# 30 housing: short, text-speak ish, grassroots
bulk("EMERGENCY estate meeting tmrw", """EMERGENCY MEETING TMRW 6PM - COMMUNITY ROOM, BLOCK C

Council want to "decant" Aldridge Estate. Thats 400 homes. They say we can come back after regeneration but nobody ever does. Ask the Heygate.

We are NOT going quietly. Come tomorrow, bring ur neighbours, bring ur tenancy agreement if u can find it.

Aldridge Tenants & Residents Assoc.""",
     ("Aldridge TRA", "aldridgetra@outlook.com"),
     ("list", "confuser", "bulk-as-urgent", "short"),
     headers=c.list_headers("Aldridge TRA", domain="groups.io"))

# 31 river pollution map robot alert
bulk("Sewage alert: Ouse at Fenwick Bridge", """SEWAGE ALERT

Discharge detected
Location: Fenwick Bridge CSO (Ouse)
Started: 04:12
Status: ONGOING (6h 41m)

Avoid swimming, paddling or letting dogs into the water downstream of this point for at least 48 hours after the discharge stops.

View on map: https://cleanriversnow.org.uk/map/cso/FNB-0031

You're subscribed to alerts for 3 locations. Manage alerts: https://cleanriversnow.org.uk/alerts""",
     ("Clean Rivers Now Alerts", "alerts@cleanriversnow.org.uk"),
     ("notification", "confuser", "bulk-as-urgent"))

# 32 Long climate newsletter
bulk("The Long Read: why we lost the vote, and how we win the next one", f"""THE LONG READ
from Climate Counts

Hi {SEC},

Last Thursday the council voted 31 to 27 to expand the airport. We lost.

I want to be honest about why, because I think we learn more from losing than winning.

First, we were out-organised on the ground. The airport's "Jobs for Our Future" campaign knocked on 9,000 doors in the six wards with the most undecided councillors. We knocked on about 2,000. They had paid canvassers; we had volunteers with jobs and kids. That's a real gap, but it's not the whole story.

Second, we let them frame it. For six months the question in the local paper was "jobs or the environment?" Every time we answered it, we lost a little more ground -- because if that's the question, jobs wins. We should have been asking a different question: "Who benefits?" The airport's own figures show 70% of new flights would be leisure trips by the richest fifth of households. The jobs numbers were inflated by a factor of three according to the council's own consultants. We knew all that. We didn't lead with it.

Third, we talked to ourselves too much. Our public meetings were packed -- with people who already agreed with us. Our social media did well -- with people who already agreed with us. The councillors who switched at the last minute told us afterwards that the letters that moved them came from local business owners and from parents, not from campaign groups.

So what now?

The decision goes to the Secretary of State. We have a real chance of a call-in, and we're preparing a legal case. Our lawyers are confident on the climate assessment grounds.

And in May, eleven of the thirty-one councillors who voted yes are up for election. Seven of them won by fewer than 300 votes. We are not a party and we won't tell anyone how to vote. But we will make sure every voter in those wards knows how their councillor voted on the biggest climate decision this city has ever made.

That means we need to do what we didn't do last time: knock on doors outside our bubble. We're running training on "conversations across the divide" every Tuesday in January. No experience needed -- just a willingness to listen as much as you talk.

Sign up: https://climatecounts-uk.org/doors

We lost a battle. The war over what kind of city we live in is a long way from over.

Thanks for sticking with us,

Hana Ito
Lead Organiser, Climate Counts""", ("Hana at Climate Counts", "hana@climatecounts-uk.org"),
     ("newsletter", "long", "hard-negative", "metaphor"), headers=c.newsletter_headers("Action Network"))

# 33 query: housing campaigner asks if CLP would sign open letter
c.add("query", subject="open letter re: Aldridge estate - would the CLP sign?", body=f"""Hi there

My name's Tunde, I'm with Aldridge Tenants and Residents. We're putting together an open letter to the council leader and cabinet member for housing about the decant plans, asking for a proper ballot of residents before anything goes ahead (which is what Labour's own housing policy says should happen btw).

So far we've got the Trades Council, two church groups, the mosque and the local Green party on board. Would {TOWN} Labour be willing to sign as an organisation? Or is that awkward since it's a Labour council? I honestly don't know how it works for you, whether you can sign things or it has to go through someone.

Draft is here: https://docs.example-share.com/aldridge-open-letter

We'd like to send it by the end of the month.

Thanks
Tunde Bakare
07700 900 553""", sender=("Tunde Bakare", "tunde.bakare@gmail.com"),
      tags=("personal-ask",))

# 34 Peace group vigil
bulk("Vigil for the children of Gaza -- Sunday 4pm", f"""Dear friends,

This Sunday at 4pm we will hold a silent vigil in Market Square to remember the children killed in Gaza since the war began. We will read names for one hour.

Please bring a candle (battery tea-lights are fine) and wear something dark. This is a silent, peaceful vigil: no flags, no placards, no speeches.

Faith leaders from the synagogue, the mosque, St Mary's and the Quaker meeting house will be present.

In peace,
{TOWN} Peace & Justice Group""", ("Peace & Justice Group", "peacejustice.group@gmail.com"),
     ("list", "hard-negative", "benign-violent-word"),
     headers=c.list_headers("PJ Group", domain="googlegroups.com", precedence=False))

# 35 'they want to silence us': campaign group on protest law
bulk("They want to silence us", f"""{SEC},

The new Public Order regulations that come into force next month would give police the power to ban any protest they judge "too noisy" or "too disruptive". Not violent. Not dangerous. Just inconvenient.

This is how democracies wither: not with a bang, but with a thousand small restrictions nobody notices until it's too late.

We're challenging the regulations in the courts and in Parliament. Stand with us: https://libertywatch-uk.org/protest

Liberty Watch UK""", ("Liberty Watch UK", "info@libertywatch-uk.org"),
     ("petition", "hard-negative", "metaphor", "short"), headers=c.newsletter_headers("Mailchimp"))

# 36 union: nurses/care, 'war on care workers'
bulk("The war on care workers", f"""Dear member,

Care workers held this country together in the pandemic. We clapped for them on our doorsteps. Now, five years on, 40% of them earn less than the Real Living Wage, and the new visa rules mean the overseas workers who fill one in five care jobs can no longer bring their families.

It's a war on care workers, and it's being waged by spreadsheet.

We're launching a national campaign for a £15 minimum for all care workers, funded by national government, not squeezed out of council budgets. Here's how you can get involved:

1. Sign the petition: https://nucsw.org.uk/fifteen
2. Invite a speaker to your Labour Party branch or CLP -- we'll send someone
3. Share your story: https://nucsw.org.uk/stories

In solidarity,
NUCSW""", ("NUCSW", "news@nucsw.org.uk"), ("union", "petition", "hard-negative", "metaphor"),
     headers=c.newsletter_headers("Campaign Monitor"))

# 37 petition platform: petition you signed - update text about threats to petition starter (news)
bulk("Update: a message from Pauline", f"""Pauline Garside posted an update on "Save Northgate Library"

"Thank you to everyone who has sent kind messages. Some of you will have seen that I had some horrible comments on Facebook after the local paper ran my photo -- people saying I was 'a Labour stooge' and worse. I've reported the worst ones and the police have been very helpful. I'm fine, honestly, and it won't stop me. A library shouldn't be a battleground. See you at the reopening!"

Read more: https://www.petitionry.com/p/save-northgate-library/u/31198

Petitionry · You signed this petition""", ("Petitionry", "no-reply@mail.petitionry.com"),
     ("petition", "notification", "hard-negative", "news-about-threats"))

# 38 anti-academy group
bulk("Hands off Eastfield Primary!", f"""HANDS OFF EASTFIELD PRIMARY!

The governors want to force our school into the Beacon Trust -- the same trust that cut teaching assistants at three schools last year and paid its CEO £240,000.

Parents were told about it in a two-line email. Staff found out from the local paper.

We will fight this every step of the way.

📅 Parents' meeting: Monday 6.30pm, St Luke's Hall
📝 Petition: https://www.petitionry.com/p/hands-off-eastfield
📣 Rally at the gates: Friday 3pm (bring the kids, bring a drum)

Eastfield Parents Against Academisation""", ("Eastfield Parents", "eastfieldparents@gmail.com"),
     ("petition", "hard-negative", "metaphor"),
     headers=c.list_headers("Eastfield Parents", domain="googlegroups.com"))

# 39 Avaaz-style follow-up 'we won / not yet' in another voice
bulk("It's not over", f"""Dear friends,

Last week, 2.1 million of us demanded that ministers put forest protection into the trade deal. We didn't win -- yet. The deal was signed without a deforestation clause.

But here's what happened: three governments publicly said they'd refuse to ratify it without stronger protections. That's a crack in the wall. Now we push.

Chip in to fund the next phase: https://secure.globalvoicenow.org/en/donate_forests/

With determination,
The GlobalVoice team""", ("GlobalVoice", "avaaz@globalvoicenow.org"),
     ("fundraising", "petition", "hard-negative", "metaphor"), headers=c.newsletter_headers("Campaign Monitor"))

# 40 trades council circular
bulk("Trades Council: November delegates' circular", f"""{TOWN.upper()} & DISTRICT TRADES UNION COUNCIL
Delegates' circular -- November

1. Bin strike. Donations to the hardship fund now total £14,220. Collection buckets at all meetings. Please ask affiliated branches to consider a further donation.

2. Save Our A&E. The Trades Council is affiliated to the campaign. March on Saturday 2nd, 11am Clock Tower -- union banners please.

3. Workers' Memorial Day planning. First meeting of the working group on the 20th.

4. Speakers available for branch and CLP meetings on: the Employment Rights Bill; fire and rehire; the bin strike.

5. Next full meeting: second Wednesday, 7.30pm, Unity Hall.

In solidarity,
Gail Rennie, Secretary""", ("Trades Council Secretary", "tradescouncil.secretary@gmail.com"),
     ("list", "union"), headers=c.list_headers("Trades Council Delegates", domain="groups.io"))

c.write()
