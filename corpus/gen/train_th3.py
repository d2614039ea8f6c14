"""train/th3: long, formal and institutional mail (Tynebridge CLP). Hand-written content."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "th3", seed=1803)
SEC_FULL, SEC_ADDR = c.secretary()
SEC = SEC_FULL.split()[0]
CLP = c.clp[0]

# ---------------------------------------------------------------------------------------
# SAFETY
# ---------------------------------------------------------------------------------------

c.add("safety", subject="Fwd: comment submitted to our website re Cllr Armstrong - for your information",
      sender=("Gemma Liddell", "gemma.liddell@tynebridgechronicle.example.co.uk"),
      body=c.forward(
          f"""Dear Mr Dodds,

I'm the digital editor at the Chronicle. I'm forwarding below a comment that was submitted overnight under our article on the Coalford library closure ("Library to shut despite 3,000-name petition"). Our moderation system held it and it has not been published, and it won't be.

I'm sending it to you because it names Cllr Jean Armstrong, who I believe is a Labour councillor and a member of your CLP, and because our legal team advised that we should make sure the person it concerns is made aware. We have also reported it to the police through the online form and have preserved the account details (email address and IP) in case officers ask for them. We are not able to share those with you directly, but the police can request them.

I have tried to ring Cllr Armstrong's council number and left a message. I would be grateful if you could make sure she sees this today, and if she or the party wishes to comment for a follow-up piece on the abuse of councillors, I'd be glad to hear from you, though there is no obligation at all.

Kind regards,

Gemma Liddell
Digital Editor, Tynebridge Chronicle
0191 000 0418

This email is confidential and intended for the addressee only. Tynebridge Chronicle is published by North Quay Media Ltd.""",
          """Comment ID: 448213
Article: Library to shut despite 3,000-name petition
Display name: CoalfordBorn&Bred
Status: HELD (keyword filter)

Jean Armstrong should be ashamed. She grew up in Coalford, she went to that library as a bairn same as the rest of us and she has voted to shut it. I have been to her surgeries, I have written, I have signed. Nothing.

Well Jean, people are done asking. You still live on Pelaw Crescent, number's no secret, and the whole estate knows the blue Corsa. You won't be able to hide in the civic centre forever. There will be a reckoning for this and it won't be at the ballot box, pet.""",
          "Chronicle Comments Moderation <moderation@tynebridgechronicle.example.co.uk>",
          "HELD COMMENT - review required - #448213"),
      tags=("forwarded", "third-party-report", "implicit", "doxxing", "webform"))

c.add("safety", subject="A concern following the community meeting at St Hilda's on Tuesday",
      sender=("The Revd Andrew Tait", "vicar.sthildas@gmail.com"),
      body=f"""Dear Mark,

I hope you don't mind my writing to you. We met briefly at the foodbank open day in the spring.

I am writing about something I saw after the community meeting in St Hilda's church hall on Tuesday evening, the one about the proposed closure of the Staithes health centre. As you know, Councillor Priya Chaudhry attended and answered questions for well over an hour. It was a lively meeting, and some people were very angry, but on the whole I thought it was conducted with dignity on all sides.

After the meeting ended, at about 9.10pm, I was locking up the side door when I noticed a man who had been sitting at the back of the hall standing by the lych gate. He had not asked a question during the meeting but had been, I would say, staring at Councillor Chaudhry for much of it. He was in his forties, heavy build, wearing a black puffer jacket and a flat cap.

When Councillor Chaudhry came out and walked towards the car park with one of her colleagues, he followed them, about ten yards behind. I walked down the path after them, partly out of curiosity and partly, I confess, because I was uneasy. At the car he called out to her, "Priya, isn't it? Your little lad still at Bankside Primary?" She did not answer. He then said, quite calmly, "It's a long walk home from that school in the dark this time of year. You want to think about that." Then he walked off towards Windmill Hill.

Councillor Chaudhry's colleague drove her home. I am not sure whether either of them reported it, and I did not want to intrude by asking, so I am writing to you in case the party has procedures for this kind of thing. I would be very happy to give a statement to the police, and I have a reasonable memory of his face. I have not seen him at St Hilda's before.

If it would help, we would happily make sure the churchwardens are present at the end of any future meeting.

With every blessing,

Andrew Tait
Vicar, St Hilda's Staithes
""",
      tags=("following", "third-party-report", "implicit"))

c.add("safety", subject="Threatening voicemails to the constituency office - transcripts and action taken (RESTRICTED)",
      sender=("Pauline Hogarth", "pauline.hogarth@lindsaycharlton.example.org.uk"),
      cc=["chair@tynebridgelabour.example.org.uk"],
      body=f"""Mark, and cc Chair,

RESTRICTED - please do not forward beyond the CLP officers

Lindsay has asked me to brief the CLP officers on a series of voicemails left on the constituency office's answerphone over the past ten days, because two of them refer to the CLP and one to the GC. I have reported each one to the police and to the Parliamentary Security Department, and the police have the audio. The caller withholds his number. From his voice and what he says, staff think it is the same man each time, local accent, probably fifties or sixties.

I've transcribed the relevant parts below. I've left out some swearing but otherwise they are word for word. I'm sorry to put these in front of you.

Monday 3rd, 19:42:
"This is a message for Lindsay Charlton. You voted for the cuts. You stood there on the telly and you voted for them. I've been a Labour voter forty years. Not any more. You want to watch yourself, pet."

Wednesday 5th, 23:10:
"Me again. I know you've got your little office on Front Street and I know you've got your little party meetings at the Coalford Welfare. Second Thursday. I've been. I've sat at the back. Nobody even asked who I was."

Friday 7th, 06:55:
"Have a look in your diary. Thursday the 13th. Coalford Welfare. Maybe I'll come in this time. Maybe I'll say my bit. Maybe I'll do more than say it. You lot never listen to words anyway."

Tuesday 11th, 22:30:
"You've called the police, haven't you. I can tell. Doesn't matter. They can't sit outside every meeting."

What has been done so far:

- The police are treating these as malicious communications and have a log number (I will give it to you on the phone rather than in writing).
- PSD have reviewed the MP's security arrangements. Lindsay will not attend the GC on the 13th.
- The neighbourhood inspector has asked to speak to the CLP Chair or Secretary about the arrangements for the 13th. He suggested that the meeting either be moved to a venue not previously used by the CLP, or be held online, and that the venue not be advertised. If it goes ahead in person, he would like two officers on site and a named steward on the door checking membership cards.

What I would ask of the officers:

1. Please let me know by Friday what you decide about the GC on the 13th so I can tell the inspector.
2. Please do not discuss the details with branch officers or delegates until we have agreed what to say. We don't want to alarm people unnecessarily, and we don't want the venue to spread.
3. If any officer has noticed an unfamiliar man attending GCs recently, please let me know.

I know this is horrible. Lindsay is fine, honestly, and grateful for everyone's support. Ring me on the mobile if you want to talk it through.

Pauline

Pauline Hogarth
Office Manager, Office of Lindsay Charlton MP
Front Street, Coalford

This email may contain information which is confidential or privileged. If you are not the intended recipient, please contact the sender and delete this email. The Office of Lindsay Charlton MP processes personal data in accordance with its privacy notice.
""",
      tags=("third-party-report", "quoted", "veiled", "stalking", "conditional"))

c.add("safety", subject="NOTICE OF LIABILITY AND LAWFUL WARNING - served upon the officers of the Tynebridge Labour Party",
      sender=("Tynebridge Common Law Assembly", "commonlaw.tynebridge@protonmail.com"),
      body=f"""NOTICE OF LIABILITY AND LAWFUL WARNING

TO: Mr Mark Dodds, styled "Secretary"
AND TO: all officers, agents and servants of the corporate entity styled "{CLP.upper()}"
FROM: The Tynebridge Common Law Assembly, acting under the authority of Magna Carta 1215 Article 61

NOTICE TO AGENT IS NOTICE TO PRINCIPAL. NOTICE TO PRINCIPAL IS NOTICE TO AGENT.

1. You are hereby notified that the Assembly, being a lawful gathering of free men and women of this borough, has examined the conduct of the corporate entity above and of its so-called councillors and Member of Parliament in the matter of the Clean Air Zone, the so-called fifteen-minute neighbourhoods, and the unlawful imposition of the camera enforcement scheme on the Staithes Road.

2. The Assembly has found that the said persons have acted in breach of their oaths and of the common law, and that they are personally and individually liable for the harm caused to the living men and women of Tynebridge.

3. The said persons are hereby given FOURTEEN DAYS from the date of service of this notice to rescind and withdraw the said schemes and to publish a public apology.

4. Failing which, the Assembly will convene and will exercise its lawful right of distraint and of citizens' arrest. The Assembly has identified the residences of the persons concerned. The Assembly's officers will attend upon those residences to serve the Assembly's judgment in person, at a time of the Assembly's choosing, and will take such lawful measures as are necessary to ensure compliance. Any obstruction will be dealt with accordingly.

5. The Assembly does not recognise the jurisdiction of the police, who are a private corporation, and will not be deterred by them.

6. Your silence will be taken as acquiescence and agreement to all of the above. Silence is acceptance.

7. This notice has been served by electronic means and by hand at the constituency office, and is deemed received.

Remedy is available. We strongly advise that you and the persons named take it while it is still offered. We have been patient. The people's patience is not endless, and when it ends it will not be your courts that decide what happens next.

Without prejudice, without recourse, all rights reserved.

By: the Clerk to the Assembly, for and on behalf of the Tynebridge Common Law Assembly
(autograph withheld for security of the living man)
""",
      tags=("veiled", "conditional", "doxxing", "implicit"))

c.add("safety", subject="Envelope with white powder received - Coalford Welfare Hall",
      sender=("Stan Milburn", "coalfordwelfare@btinternet.com"),
      body=f"""Mr Dodds,

Stan Milburn, caretaker at Coalford Welfare Hall. Committee said I should email you direct as the envelope was addressed to your lot.

This morning about 10.15 I was opening the post in the office. There was a brown A5 envelope addressed by hand in capitals to "THE LABOUR PARTY - THURSDAY MEETING - C/O COALFORD WELFARE". No stamp, it had been put through the letterbox by hand. When I slit it open there was a fine white powder inside, quite a lot of it, and a bit went on the desk and on my hands. There was also a folded sheet of paper which I did not open.

I did what the sign in the office says. Put it down, didn't touch anything else, washed my hands, shut the office door and rang 999. Police and fire came, they closed the hall and the car park and I had to wait in the ambulance to be checked over. They've taken the envelope away for testing. I'm fine, they think it's probably flour or talc, but they won't know for a day or two.

They said to tell you the hall will be shut until they say otherwise, and that someone from the police will be in touch with you about the Thursday booking. They asked if you had had anything else like this.

Stan Milburn
Caretaker
Coalford Miners' Welfare Hall
""",
      tags=("suspicious-item", "third-party-report"))

c.add("safety", subject="Open letter to Tynebridge councillors regarding the Ravensworth Hotel",
      sender=("Ravensworth Residents Defence Committee", "rrdc.tynebridge@gmail.com"),
      fmt="html",
      html_body="""<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;font-size:15px;color:#111">
<p style="text-align:center"><b>RAVENSWORTH RESIDENTS DEFENCE COMMITTEE</b><br><i>Protecting our families. Protecting our streets.</i></p>
<p>To the Labour Councillors of Tynebridge, c/o the Secretary of the Tynebridge Labour Party</p>
<p>We write on behalf of more than 600 residents of Ravensworth and Bankside who have signed our petition against the continued use of the Ravensworth Hotel to house asylum seekers.</p>
<p>We have held three peaceful protests. We have written to the council leader, to your MP and to the Home Office. We have asked, politely, for a public meeting. We have been ignored, patronised and called racists by people who do not have to live next door to the hotel.</p>
<p>We are therefore writing to put the following on record.</p>
<ol>
<li>At the full council meeting on the 24th, a motion will be put calling on the council to oppose the renewal of the hotel contract. We expect every councillor representing Ravensworth and Bankside to vote for it.</li>
<li>Every councillor who votes against it, or who abstains, or who is conveniently absent, will be <b>held personally accountable</b> by the residents of this community.</li>
<li>We do not mean at the ballot box. We mean in person. We mean at your homes, where your families sleep, which is exactly where our families are sleeping every night next to a building full of men nobody has vetted.</li>
</ol>
<p>We have your addresses. Many of us are your neighbours. Think about that before the 24th.</p>
<p>We are not violent people. But we are not going to be told to go home and be quiet any longer, and we cannot answer for everyone who is angry.</p>
<p>Ravensworth Residents Defence Committee</p>
<p style="font-size:11px;color:#666">Share this letter. Forward it to every councillor. Let them know we are watching.</p>
</body></html>""",
      body="",
      tags=("html-only", "conditional", "implicit", "doxxing", "veiled"))

c.add("safety", subject="Council tax, the adult social care precept and Councillor Robson",
      sender=("Alan Purvis", "alan.purvis@ntlworld.com"),
      body=f"""Dear Sir,

I am writing to the Labour Party locally because I have given up on the council.

I am sixty-eight years old, a retired draughtsman from the yards, and I live in a Band C semi on Brandling Avenue that I have owned outright since 1994. My council tax has risen in each of the last six years, and this year, with the adult social care precept, it is going up by 4.99 per cent again. My pension has not kept pace with that. I have looked at the council's published accounts and I do not think the increase is justified.

Specifically:

1. The council is spending £2.4 million on a consultancy contract for the "Tynebridge Riverside Vision", which as far as I can see has produced a website and some drawings of people drinking coffee on the quayside.
2. The number of council staff earning over £100,000 has risen from seven to thirteen in three years.
3. Meanwhile the Brandling Avenue bin collection has gone fortnightly, the streetlights are off after midnight and the pothole outside number 31 has been reported eleven times.

I wrote to my ward councillor, Councillor Lisa Robson, about all of this. Her reply was two lines long and told me to look at the "budget consultation page".

I will finish with something which I have thought about very carefully. Councillor Robson's children go to St Bede's. I see them in the mornings, the two girls, in their green blazers, walking up Windmill Lane with their mam. Lovely-looking family. I'm sure Councillor Robson wants them to grow up in a safe town, where people are treated fairly and things don't get out of hand. So do I. I would hate for her to find out what happens in a town where people stop being treated fairly. She might tell her that from me, since she doesn't answer my letters.

I look forward to a proper reply to points 1 to 3.

Yours faithfully,

A. Purvis
Brandling Avenue
""",
      tags=("embedded", "implicit", "veiled"))

c.add("safety", subject="Formal notice re Coalford Metro station closure - to be read by the CLP",
      sender=("D. Forster", "dforster.coalford@yahoo.co.uk"),
      body=f"""To the Secretary of the Tynebridge Labour Party

RE: The proposed closure of Coalford Metro station "for refurbishment" for 18 months

I am writing formally on behalf of myself and a number of residents of the Coalford estate who rely on the Metro to get to work, to the hospital and to the Jobcentre.

The transport authority's own consultation document admits that the replacement bus service will add forty minutes to a journey into the city. Your councillors sit on the transport committee. They voted for it without a murmur.

I have been to two public meetings. I have filled in the consultation form. I have written to Councillor Hedley twice. I got a leaflet back.

So I will be very clear, since I am clearly not being listened to any other way.

Councillor Hedley and the rest of them on that committee will be d e a l t   w i t h if this goes ahead. Every one of them. We know who they are, we know where they drink on a Friday, and I for one will make sure they regret it personally. Not "politically". Personally. K!ll the station and you will see what happens. Put that in your minutes.

Nobody round here is scared of a police caution anymore.

D. Forster
Coalford Estate
""",
      tags=("noisy", "explicit", "conditional"))

# ---------------------------------------------------------------------------------------
# HARD NEGATIVES
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="Closure of Hendon Quay yard - the union's position and a request to the CLP",
      sender=("Bill Straughan", "b.straughan@yardunion-ne.example.org.uk"),
      body=f"""Dear Mark,

I am writing to you formally, as Regional Organiser, on behalf of the 640 members we represent at Hendon Quay, and of the union branch which has been affiliated to {CLP} since before either of us was born.

As you will have heard, the company announced on Monday its intention to close the yard by the end of next year, with the loss of all 640 direct jobs and, by the council's own estimate, a further 900 in the supply chain. The consultation period has begun. We have been given ninety days.

I want to be plain with you about the scale of this. Hendon Quay is not just a workplace. It is the reason there is a Front Street. Every café, every bakery, every barber on that street lives off the yard's wage packet. Closing it will kill the high street stone dead within two years. It will hollow out Coalford the way the pit closures did in the eighties, and there are men in the yard today whose fathers were on the picket lines in 1984 and who remember what that did to the town.

The company says the decision is final. The union does not accept that. We have an alternative business plan, prepared with independent advisers, which shows that the yard could be viable with the contracts for the offshore wind supply chain that the government has promised to bring to the North East.

We are going to fight this closure with everything we have. We will fight like hell in the yard, in the town, in the press and in Westminster.

What I am asking of the CLP is this:

1. A formal resolution of the GC supporting the union's campaign and our alternative plan;
2. That the CLP officers help us organise a public meeting in Coalford within the next three weeks, with the MP on the platform;
3. That the CLP ask the MP to secure a meeting with the relevant minister, with union representatives present, before the end of the consultation.

I have to tell you, frankly, that our members are asking what the point of the Labour link is if the party cannot help them now. I would like to be able to give them a good answer.

Yours in solidarity,

Bill Straughan
Regional Organiser
""",
      also=("procedural",), tags=("hard-negative", "metaphor", "angry"))

c.add("complaint", subject="Our client Mrs Evelyn Sowerby - conduct of your canvassers - letter before action",
      sender=("Ridley Carr & Co Solicitors", "litigation@ridleycarr.example.co.uk"),
      body=f"""Our reference: ES/RC/441
Your reference: -

Dear Sirs,

Our client: Mrs Evelyn Sowerby, 7 Staithes Terrace, Tynebridge

We are instructed by Mrs Sowerby in connection with the conduct of persons canvassing on behalf of {CLP} in the Staithes ward during the recent by-election campaign.

Our client informs us that on four separate occasions between the 2nd and the 19th of last month, canvassers wearing Labour rosettes attended her property. On the first occasion she informed them that she did not wish to be canvassed and asked that her address be noted accordingly. On each subsequent occasion she reiterated that request, and on the third occasion she affixed a notice to her door stating "No canvassers". On the fourth occasion a canvasser, whom our client describes as a man in his twenties, knocked repeatedly, looked through her front window when she did not answer, and left a handwritten note on a leaflet reading "Sorry we missed you - we'll try again!"

Our client is eighty-three and lives alone. She found the repeated visits distressing, and she regards the conduct as amounting to harassment.

We do not suggest that there was any ill intent on the part of the individuals concerned. However, our client is entitled to be left alone at her home, and the CLP, as the organiser of the canvassing, is responsible for ensuring that her wishes are recorded and respected.

We therefore ask you to confirm within 14 days:

1. that our client's address has been marked on all canvassing records so that she will not be visited or contacted again for political purposes;
2. that the CLP has reminded its canvassers of their obligation to respect "no canvassing" notices;
3. that the CLP will apologise to our client in writing.

If we do not receive satisfactory confirmation, our client has instructed us to consider an application under the Protection from Harassment Act 1997, and to make a complaint to the Labour Party nationally.

Yours faithfully,

Ridley Carr & Co

Ridley Carr & Co is authorised and regulated by the Solicitors Regulation Authority. This email is confidential.
""",
      tags=("hard-negative", "legal-threat", "benign-violent-word"))

c.add("complaint", subject="Windmill Hills selection - I will be taking legal advice",
      sender=("Kevin Lumsden", "kevinlumsden77@hotmail.co.uk"),
      body=f"""Mark,

I have now had the result of the Windmill Hills selection meeting confirmed in writing and I want to put on record, before anything else happens, that I do not accept it and that I am taking legal advice.

I lost by four votes. At least six members who I know would have voted for me were told at the door that they were "not on the list" and turned away. All six have paid up to date. Two of them have screenshots of their Membersnet status showing them in good standing on the day. The person running the door, who I will not name in an email but you know who she is, is the sister of the winning candidate's partner. I raised this with the chair at the start of the meeting and was told it would be "looked into afterwards". It was not.

I have also been told that the winning candidate's supporters were ringing round members the night before telling them I had "pulled out". I have two witnesses to that.

I have been a member of this party since I was sixteen. I have never once gone outside the party with a complaint. But the Rule Book is a contract, and if the party does not follow its own procedures then a member is entitled to go to the courts. A member in Yorkshire did exactly that a few years ago and the selection was re-run.

I am asking for:

1. the list of members used at the door, and the freeze date used to compile it;
2. confirmation that the matter will be referred to the Regional Director as a formal dispute;
3. the selection to be suspended pending that referral.

If I do not get a proper answer within seven days, my solicitor will write to the party, and I will make sure every member in Windmill Hills knows exactly how this selection was stitched up. I'll be at the next GC as well, to have my say in front of everyone.

Kevin Lumsden
Windmill Hills branch
""",
      tags=("hard-negative", "legal-threat", "angry"))

c.add("query", subject="BBC North East - documentary on abuse of local politicians - could we speak?",
      sender=("Aoife Brennan", "aoife.brennan@bbc.example.co.uk"),
      body=f"""Hello Mark,

I'm an assistant producer on a BBC North East current affairs strand, and I'm researching a half-hour documentary about the abuse and intimidation of local politicians in our region - councillors, candidates, party volunteers - ahead of next year's local elections.

The film will look at why the problem seems to be getting worse, what it is doing to local democracy, and what is being done about it. We've spoken to the Local Government Association, to academics who study political violence and online harassment, and to councillors of all parties who have had death threats, had their homes targeted or have quit because of abuse. One councillor in Cumbria told us she now sends her children to her mother's on the night of every council meeting.

I'd love to have a conversation, completely off the record to begin with, with someone at {CLP} about whether the party locally has seen this, how it supports candidates and volunteers, and whether anyone might be willing to take part. I want to be clear that I'm not looking for sensational stories; if people want to speak anonymously or not appear on camera, that's entirely possible, and nobody will be named or filmed without their full, informed consent.

Would you be free for a short phone call next week? Or if it's better to go through the regional press office, just point me in the right direction.

Many thanks,

Aoife Brennan
Assistant Producer, BBC North East
Pink Lane, Newcastle upon Tyne

This e-mail (and any attachments) is confidential and may contain personal views which are not the views of the BBC unless specifically stated.
""",
      tags=("hard-negative", "news-about-threats"))

c.add("procedural", subject="Local policy forum paper for GC: youth violence and knife crime in Tynebridge",
      sender=("Dr Rosalind Ogilvie", "r.ogilvie@tyne-univ.example.ac.uk"),
      body=f"""Dear Mark,

As requested, here is the discussion paper from the CLP local policy forum for the GC on the 20th. We would like to take it as a presentation (ten minutes) followed by discussion, and then a resolution to submit it to the National Policy Forum and to the Labour group on the council. Please include it in the papers.

DISCUSSION PAPER: YOUTH VIOLENCE AND KNIFE CRIME IN TYNEBRIDGE

Summary
Knife crime involving under-25s in Tynebridge has risen for three consecutive years. Last year there were two fatal stabbings of teenagers in the borough, both within a mile of the Bankside estate, and a significant number of hospital admissions for assault with a sharp object. Behind every one of these figures is a family and a community that is frightened.

What the evidence says
1. Public health approaches work. Cities that have treated serious violence as a public health problem, bringing together schools, health, youth work and policing, have seen sustained reductions.
2. Exclusion is a risk factor. Young people excluded from school are substantially more likely to be both victims and perpetrators of knife crime. Tynebridge has one of the highest rates of permanent exclusion in the region.
3. Youth services matter. Since 2010 the borough has closed seven of its nine youth centres.
4. Enforcement alone does not work. Stop and search has a role, but when used disproportionately it damages trust, particularly among young Black men.

Proposals
(a) The Labour group should establish a Tynebridge Violence Reduction Partnership with secure multi-year funding.
(b) Reopen at least two youth centres in the most affected wards, run in partnership with the voluntary sector.
(c) An "inclusion first" policy for secondary schools, with additional support for pupils at risk of exclusion.
(d) Trauma-informed training for teachers, youth workers and police officers.
(e) Bleed-control kits in public buildings in the town centre, as some other towns have installed.

Question for discussion
How can the CLP help to build public support for prevention, given that the loudest public demand is often for tougher sentencing?

Rosalind Ogilvie
Convenor, CLP Local Policy Forum
""",
      tags=("hard-negative", "benign-violent-word", "news-about-threats"))

c.add("query", subject="Canvasser safety - could the CLP run a session? (and do we have a policy?)",
      sender=("Michelle Nwosu", "michelle.nwosu@gmail.com"),
      body=f"""Hi Mark,

I'm the new campaign coordinator for Bankside branch (took over from Doug in September). I've got a couple of questions about volunteer safety, which I'd be grateful if you could answer or point me to the right person for.

Background: we've had a lot of new members join this year, including quite a few younger women and some older members who haven't canvassed before. A few of them have asked me, quite reasonably, what they should do if someone on the doorstep gets aggressive, or if they feel unsafe on a particular street. I've been canvassing for eight years and I've got my own habits (never go in, always stay on the step, always in pairs, always tell the team leader which side of the street you're on), but I realised I don't actually know whether the CLP or the party has an official policy, and I don't want to make one up.

So, my questions:

1. Does the CLP have a written lone-working or canvasser safety policy? If so, could you send it?
2. Does the region offer any safety training for volunteers? I saw something on Membersnet about a "Personal Safety on the Campaign Trail" webinar but couldn't work out whether it was only for candidates.
3. If not, would the EC support us running a session ourselves? I have a friend who is a trainer in conflict de-escalation for the NHS who has offered to do an hour for free. She's very good, she knocks 'em dead at every session she does.
4. Is there a form for reporting incidents? We haven't had anything serious, just the usual dogs and the odd bloke shouting about the bins, but I'd like to know the procedure before we need it.

Also, not safety related, but do we have insurance that covers volunteers if someone trips on a step while leafleting?

Thanks so much. Happy to talk on the phone if easier.

Michelle Nwosu
Campaign Coordinator, Bankside Branch
""",
      tags=("hard-negative", "benign-violent-word"))

# ---------------------------------------------------------------------------------------
# COMPLAINTS
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="AGM notice not received by Ravensworth members",
      sender=("Doreen Carr", "doreen.carr@btinternet.com"),
      body=f"""Dear Mr Dodds,

I write as a member of the Ravensworth branch to complain about the way in which notice was given of the CLP's Annual General Meeting held last Thursday.

Neither I nor my husband, both of whom are fully paid-up members, received any notice of the AGM, either by email or by post. On making enquiries I have found at least nine other Ravensworth members, most of them over seventy and several without email addresses, who also received nothing. We learned about the meeting two days afterwards, when a neighbour mentioned that the new officers had been elected.

I have been told, informally, that notice was sent "via Membersnet and the CLP mailing list" and that members without email addresses were expected to check the website. I do not think that this is adequate. The CLP has our postal addresses. In previous years a printed notice was sent to members without email; I have a copy of last year's.

I understand that the AGM elected the officers of the CLP for the coming year, including a contested election for Chair which was decided by three votes. I do not suggest that anybody deliberately excluded us. But the effect was that a number of members were denied the opportunity to take part, and it is at least possible that our votes would have made a difference.

I should therefore be grateful if you would tell me:

1. how notice of the AGM was given, and to whom;
2. whether any postal notices were sent;
3. what the CLP intends to do about the fact that some members received no notice.

I would also ask that the matter be placed before the Executive Committee and, if necessary, referred to the Regional Office. I should like a written reply.

Yours sincerely,

Doreen Carr (Mrs)
Ravensworth
""",
      also=("procedural",), tags=("formal",))

c.add("complaint", subject="Exclusion of the Chronicle from Saturday's campaign launch",
      sender=("Graham Pattinson", "editor@tynebridgechronicle.example.co.uk"),
      body=f"""Dear Mr Dodds,

I am the editor of the Tynebridge Chronicle. I am writing to register a formal complaint about the treatment of our reporter, Liam Oxley, at the launch of the Labour local election campaign at the Coalford Welfare on Saturday morning.

The event was publicised on the CLP's open Facebook page as "Campaign Launch - all welcome". Liam arrived at 10.40am, identified himself as a journalist, and was told by a steward at the door that "press aren't welcome". When he asked why, he was told that "the Chronicle has been running the Reform line for months". He was asked to leave the premises and did so.

I want to make three points.

First, the Chronicle does not "run anybody's line". We have reported on the library closures, the Metro station and the council budget, as any local paper would. We have given the Labour group and the MP a right of reply on every story. I will happily send you copies of every Labour quote we have published in the last six months.

Second, the event was advertised as open. If the CLP wishes to hold private events it is entitled to do so, but it should say so. It should not invite the public and then eject the one journalist who turns up.

Third, the remark made to Liam was, I am afraid, precisely the kind of attack on local journalism which your party's national leadership has said it deplores. At a time when local papers are closing across the country, I would have hoped that a party of government would value a free local press, even when it does not like what we write.

I would be grateful for an explanation, for an assurance that our reporters will be admitted to future public events, and for an apology to Liam. I would prefer to settle this privately, but you will understand that if the Chronicle is to be excluded from Labour events as a matter of policy, our readers are entitled to know.

Yours sincerely,

Graham Pattinson
Editor, Tynebridge Chronicle
""",
      tags=("formal",))

c.add("complaint", subject="Leaflet distributed in Bankside - statement on Gaza",
      sender=("Masjid Al-Noor Management Committee", "committee@masjidalnoor-tynebridge.example.org.uk"),
      body=f"""Bismillah

To: The Secretary, {CLP}
From: The Management Committee, Masjid Al-Noor, Bankside

Dear Mr Dodds,

The Management Committee has asked me to write to you concerning the leaflet distributed in the Bankside ward last week in support of the Labour candidate, Mr Craig Errington, and in particular the paragraph headed "Standing for peace".

We wish to state clearly, at the outset, that this mosque does not endorse any political party or candidate. Our congregation includes Labour members and voters, as well as members of other parties and none. The committee has no wish to interfere in the election.

However, several members of our congregation have come to us in distress about the leaflet. It states that Mr Errington "has always stood with the people of Gaza" and uses a photograph of him at what appears to be our Eid community event in April. The committee did not give permission for the photograph to be used, and it gives the impression that the mosque supports the candidate.

Further, members of our community, many of whom have lost relatives in Gaza over the past two years, have pointed out that Mr Errington did not attend, and did not respond to the invitation to, the vigil held by the mosque and the local churches in November. They feel that the leaflet uses their grief for electoral purposes. Some have used stronger language than I will use here.

The committee requests:

1. that no further copies of the leaflet using the photograph are distributed;
2. that the photograph is removed from any online version;
3. that the CLP confirms in writing that it will not use images of the mosque, its events or its congregation in campaign material without the committee's consent;
4. that Mr Errington meets the committee, if he wishes, to discuss the concerns of the community.

We would be grateful for a response within fourteen days.

Yours sincerely,

Br. Yasin Hamid
General Secretary, on behalf of the Management Committee
Masjid Al-Noor, Bankside
""",
      also=("data-protection",), tags=("formal",))

c.add("complaint", subject="Conduct of Cllr Dunn at the Staithes Tenants' and Residents' Association meeting",
      sender=("Sheila Rutherford", "staithes.tra@outlook.com"),
      body=f"""Dear Secretary,

I am the Chair of the Staithes Tenants' and Residents' Association. I am writing to complain about the behaviour of Councillor Gary Dunn, one of the Labour councillors for Staithes ward, at our association's meeting on Wednesday the 8th. I have also written to the council's Monitoring Officer, but I am told that conduct at a residents' meeting may be as much a party matter as a council one, so I am writing to you as well.

Councillor Dunn was invited to give an update on the damp and mould works on the Staithes blocks, which have been promised since 2022. There were about forty residents present, many of them elderly and some with young children in flats with black mould on the bedroom walls.

During the question session, a resident, Mrs Appleby, asked why the works on her block had been postponed for a third time. Councillor Dunn replied, "If you kept your windows open, love, you wouldn't have half the problem." Several residents objected. He then said that he "wasn't going to stand there and be shouted at by people who don't pay their rent on time". He left the meeting early, before the remaining questions.

Mrs Appleby is seventy-six and has paid her rent on time for forty years. She was in tears.

Our association is non-political. We have always worked with whoever the councillors are. But I do not think residents should be spoken to like that by anyone, let alone someone they elected. I ask the CLP:

1. to raise the matter with Councillor Dunn and with the Labour group;
2. to ask Councillor Dunn to apologise to Mrs Appleby, in writing;
3. to let me know what the party's procedure is for complaints like this.

Yours faithfully,

Sheila Rutherford
Chair, Staithes Tenants' and Residents' Association
""",
      tags=("formal",))

c.add("complaint", subject="SEND provision cuts - an open letter from a retired head of special needs",
      sender=("Christine Ord", "christine.ord@gmail.com"),
      body=f"""Dear Mark,

I am writing as a Labour member of twenty-six years and as someone who spent thirty-four years teaching children with special educational needs in Tynebridge schools, the last twelve of them as head of the learning support base at Bankside Comprehensive. I would be grateful if you would circulate this letter to the Executive Committee and, if the Executive agrees, to the GC.

This week the government published its proposals for reforming the system of Education, Health and Care Plans. I have read the white paper, and the accompanying impact assessment, with care. I have also spoken to former colleagues still working in the borough, to parents I know, and to two SENCOs in local primary schools. I want to set out, as calmly as I can, why I think the proposals are wrong and why I believe the CLP should say so.

First, the proposals would remove the legal entitlement to an EHCP for a large group of children who currently have one or would qualify for one. The government describes this as "refocusing support". For a parent, it means the loss of the only enforceable guarantee that their child will get the help they need. I have sat with parents who fought for three years to get a plan. Without the legal right, many of them would have got nothing.

Second, the impact assessment concedes that local authorities will see reduced costs "as demand is managed". That is a euphemism. Demand is not managed; children are turned away.

Third, in Tynebridge the council's high-needs block is already in deficit by £9 million. Local specialist provision is full. Children with autism are being sent by taxi to schools forty miles away at a cost of tens of thousands of pounds a year because there is nowhere closer. The answer to that is investment in local provision, not removal of rights.

I want to add a word about what this looks like from the inside of a school, because I do not think ministers always see it. In my last year at Bankside I had a Year 8 boy, whom I will call J., who had been excluded twice from primary for what were then called behavioural problems. He had undiagnosed dyslexia and a speech and language disorder. It took his mother four years, two tribunal hearings and a solicitor paid for by a charity to get him a plan. Once he had it, he had a named key worker, a reading programme and a quiet room to go to when the noise of the corridor became too much. He left us with five GCSEs and went on to an apprenticeship at the yard. Under the new proposals, I do not believe J. would have got his plan. I believe he would have been excluded again, and I know what happens to boys like him when that happens.

Fourth, and I say this as a Labour member with some sadness, I do not recognise these proposals as the work of a Labour government. Our party created the comprehensive school. We wrote the Disability Discrimination Act. We should not be the party that takes rights away from disabled children.

I should like the CLP to:

1. explain to members what, if anything, it has been told about the proposals by the MP;
2. ask the MP to meet local parents and SENCOs before the bill is published;
3. consider a motion opposing the removal of statutory entitlements.

I do not expect the CLP to change national policy. I do expect it to speak up for the children of this constituency. If it will not, I must ask myself what I am a member of.

With best wishes,

Christine Ord
Ravensworth branch
""",
      also=("procedural",), tags=("formal",))

# ---------------------------------------------------------------------------------------
# PROCEDURAL
# ---------------------------------------------------------------------------------------

c.add("procedural", subject="Annual Conference - CLP delegate election results and registration",
      sender=("Anne Tindale", "chair@tynebridgelabour.example.org.uk"),
      to=["conference.registration@labour-party.example.org.uk"],
      cc=["regional.office@labour-region.example.org.uk", SEC_ADDR],
      body=f"""To: Conference Arrangements / Delegate Registration
Cc: Regional Office; CLP Secretary

Dear colleagues,

{CLP.upper()} - DELEGATES TO ANNUAL CONFERENCE

I write to notify you of the result of the ballot held at the General Committee on Thursday 15th for the election of the CLP's delegates to this year's Annual Conference, and to request registration.

The CLP's entitlement, based on membership as at 31 December, is two delegates (at least one woman) and one youth delegate.

Ballot (GC delegates present and voting: 47; quorum met):

Women's delegate:
- Jacqueline Heron (Ravensworth): 29 - ELECTED
- Samira Haddad (Bankside): 18

Open delegate:
- Paul Turnbull (Coalford): 25 - ELECTED
- Derek Moffat (Staithes): 22

Youth delegate:
- Olivia Charlton (Windmill Hills): unopposed - ELECTED

There were no spoilt papers. The ballot was conducted by secret paper ballot, counted by two tellers appointed by the GC, and the results were declared by the Chair at the meeting. No objection was raised.

Each delegate has confirmed that they are willing to attend and has been provided with the link to register individually. I should be grateful if you would confirm that the CLP's delegate fees will be invoiced to the CLP treasurer.

CLP contemporary motion. The GC also agreed to submit a contemporary motion on the Hendon Quay yard closure and industrial strategy. The motion will be submitted separately through the online portal by the Chair before the deadline.

Please let me know if anything further is required.

Yours sincerely,

Anne Tindale
Chair, {CLP}
(on behalf of the Chair and Secretary; Mark Dodds, Secretary, copied)
""",
      tags=("formal",))

c.add("procedural", subject="Amendment to the NHS dentistry motion - Staithes branch",
      sender=("Rev. Joe McGuinness", "joe.mcguinness@hotmail.com"),
      body=f"""Mark,

Staithes branch agreed on Monday to submit the following amendment to the Ravensworth branch motion on NHS dentistry, which is on the agenda for the GC on the 20th. Grateful if you could circulate it with the papers.

AMENDMENT (Staithes branch)

In "This GC notes", after paragraph 2, insert:

"3. That there is now no NHS dental practice in the Staithes, Coalford or Bankside wards accepting new adult patients, and that the nearest practice accepting children is in the city centre, two bus journeys away for most families."

In "This GC resolves", delete paragraph 2 ("to write to the Secretary of State") and replace with:

"2. To ask the Member of Parliament to raise the lack of NHS dental provision in Tynebridge in Parliament, and to request a meeting with the integrated care board to discuss commissioning of a new NHS practice in the south of the constituency.

3. To ask the Labour group to explore whether council premises could be offered to a provider at reduced rent to establish such a practice."

Renumber the remaining paragraphs accordingly.

Proposed: Joe McGuinness (Staithes)
Seconded: Amina Bello (Staithes)

For info, I've spoken to the Ravensworth proposer (Derek) informally and he's minded to accept it as friendly, but he needs to take it back to his branch, so please treat it as a formal amendment unless he tells you otherwise.

Thanks,

Joe
Secretary, Staithes Branch
""",
      tags=("formal",))

c.add("procedural", subject="Affiliated organisation: notification of delegates to the General Committee",
      sender=("Jill Robinson", "tynebridge.local.branch@unison-branch.example.org.uk"),
      body=f"""Dear Secretary,

Tynebridge Local Government Branch - delegates to {CLP} General Committee

I am writing to notify you, in accordance with Chapter 7 of the Labour Party Rule Book, of the delegates appointed by the branch to the General Committee of {CLP} for the current year.

The branch is affiliated to the CLP on 250 members, and has paid affiliation fees for the current and the previous year (the treasurer's receipt is attached to our records; I can send a copy if needed). This entitles the branch to five delegates.

Our delegates are:

1. Jill Robinson, Branch Secretary (Labour Party member, Bankside)
2. Terry Laidler, Branch Chair (Labour Party member, Coalford)
3. Anita Obasi (Labour Party member, Windmill Hills)
4. Stephen Marley (Labour Party member, Ravensworth)
5. Catherine Ha (Labour Party member, Staithes)

Each of the above has confirmed to me that they are an individual member of the Labour Party, that they live or work in the constituency, and that they are registered as eligible under the branch's political fund rules. Please could the Membership Secretary confirm their eligibility in the usual way.

The branch's nominated contact for the CLP is myself, and correspondence for the branch delegation should be addressed to the email address above.

I should also be grateful for:
(a) the dates of General Committee meetings for the rest of the year;
(b) confirmation of the deadline for affiliates to submit motions.

Yours sincerely,

Jill Robinson
Branch Secretary
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# DATA PROTECTION
# ---------------------------------------------------------------------------------------

c.add("data-protection", subject="Subject access request on behalf of Cllr Neil Hebburn - complaint file",
      sender=("Fenwick Dobson Solicitors", "nd@fenwickdobson.example.co.uk"),
      body=f"""Our ref: NH/FD/3021

Dear Sir,

Our client: Councillor Neil Hebburn

We act for Councillor Neil Hebburn, a member of {CLP} and a councillor for Coalford ward.

Our client understands that, in or around March of this year, a complaint was made about him by one or more members of the CLP, and that the complaint was discussed by officers of the CLP before being referred to the Labour Party's Governance and Legal Unit. Our client has not been provided with a copy of the complaint, nor told who made it.

On behalf of our client, and with his signed authority (a copy of which is set out at the foot of this email), we make a request under Article 15 of the UK GDPR for:

1. all personal data concerning our client held by the CLP, its officers (in their capacity as such) and its branches, relating to the complaint, including the complaint itself, any notes, minutes or records of discussions concerning it, and any correspondence between CLP officers and the Governance and Legal Unit or the Regional Office;
2. any other personal data concerning our client held by the CLP in connection with his membership;
3. the information required by Article 15(1)(a) to (h).

We accept that the CLP may be entitled to withhold or redact information that would identify third parties, or that is subject to an exemption under Schedule 2 of the Data Protection Act 2018. If any information is withheld, we ask that you tell us which exemption is relied upon.

We look forward to a response within one month of receipt. We suggest that you forward this request to the Labour Party's Data Protection Officer if you consider that the national party is the controller of some or all of the data.

Yours faithfully,

Fenwick Dobson Solicitors

AUTHORITY: I, Neil Hebburn, authorise Fenwick Dobson Solicitors to make a subject access request on my behalf and to receive the information requested. Signed: N. Hebburn.
""",
      tags=("formal",))

c.add("data-protection", subject="Data breach report - members' email addresses exposed in EC mailing (for DPO)",
      sender=("Lorraine Gibson", "membership.tynebridgeclp@gmail.com"),
      body=f"""Mark,

As membership secretary I need to report a personal data breach which I believe I caused, so that you can decide, with the region and the party's DPO, whether it needs to go to the ICO. I've tried to set it out in the form the DPO guidance asks for.

1. What happened
On Tuesday at 21:14 I sent the GC reminder email from the CLP membership Gmail account. Instead of putting the recipients in the BCC field, I put them in the "To" field. The email went to 318 members.

2. What data was involved
The email addresses of 318 members. Many email addresses include the member's full name. No other data (postal addresses, phone numbers, membership numbers, payment details) was disclosed. The fact that each recipient is a Labour member is, however, implied, and political opinion is special category data.

3. How it was discovered
A member replied to all at 21:40 asking why everyone's address was visible. Nine further reply-alls followed, including two complaints and one from a member who said she is in an abusive situation and had specifically asked that her details be kept private.

4. Action taken
- At 21:55 I sent a recall request (this only works partially in Gmail).
- At 22:10 I emailed all 318 recipients, BCC, apologising and asking them to delete the original and not reply-all.
- I contacted the member in the abusive situation by phone the next morning. She has asked that the party help her check whether her details have been shared further.
- I have enabled the "BCC warning" setting on the account, and will use the mass-mailing tool from now on.

5. Risk assessment
For most members the risk is low. For the member mentioned above, and potentially for any members in sensitive jobs, the risk could be high. That is why I think this may need reporting within 72 hours (i.e. by Friday evening).

I'm very sorry. Please tell me what else you need.

Lorraine Gibson
Membership Secretary
""",
      tags=("formal",))

c.add("data-protection", subject="How did you get this number?",
      sender=("Peter Thirlwell", "peter.thirlwell@outlook.com"),
      body=f"""Sir,

On Sunday afternoon at 4.35pm my mobile telephone rang and a young woman asked for me by name, said she was "calling on behalf of Tynebridge Labour", and asked how I intended to vote in the council by-election.

I have never given my mobile number to the Labour Party or to any other political party. I have never been a member. I have not signed any petition that I can recall. My number is not in the telephone directory. The only organisations that have it are my bank, my GP and my employer.

I would like to know, please:

- where you got my number from;
- what else you have about me, and whether anything has been written down about how I vote or what I said on the phone (I told her, rather shortly, that it was none of her business);
- and I would like you to delete it and make sure nobody rings me again.

I am not one for making a fuss. But I think I am entitled to know.

P. Thirlwell
""",
      tags=("dp-no-legal-words", "confuser"))

# ---------------------------------------------------------------------------------------
# QUERY
# ---------------------------------------------------------------------------------------

c.add("query", subject="Local authority governor vacancy - Bankside Primary - how are nominations made?",
      sender=("Mrs Joanne Marr", "head@bankside-primary.example.sch.uk"),
      body=f"""Dear Mr Dodds,

I am the headteacher of Bankside Primary School. I hope you will forgive me for writing to you directly; I was given your address by one of our parents who is a member of your party.

We have had a vacancy for a local authority governor on our governing body since the summer, when Mrs Hetherington stepped down after eleven years. I understand that in Tynebridge, local authority governors have traditionally been nominated through the political groups on the council, and that the Labour group in practice takes nominations from the local party. I am not sure whether that is still the case, and the council's governor services team has been unable to give me a clear answer.

I would be very grateful if you could tell me:

1. whether the local Labour party still nominates people for local authority governor posts, and if so how the process works and how long it usually takes;
2. whether the nominee must be a party member, or whether you would consider nominating a suitable local person who is not;
3. who I should speak to in the first instance.

To be clear, the governing body is looking for someone with an interest in the school and the community, and ideally with some experience of finance or safeguarding. The role involves about six meetings a year, plus occasional visits and training. We are a non-political body and would welcome a nominee from any background.

With thanks in advance,

Joanne Marr
Headteacher, Bankside Primary School
""",
      tags=("formal",))

c.add("query", subject="Research invitation: survey of local party officers on campaigning and volunteering",
      sender=("Dr Tobias Fenwick", "tobias.fenwick@northumbria-tyne.example.ac.uk"),
      body=f"""Dear Secretary,

I am a lecturer in British politics at the university, and I am leading a research project funded by a national research council on how local political parties recruit, train and keep their volunteers. I am writing to ask whether you, or another officer of {CLP}, would be willing to complete a short online survey, and possibly to take part in a follow-up interview.

The survey takes about 20 minutes. It asks about the size of your active membership, how you organise campaigning, what methods you use to recruit volunteers, and what, if any, barriers you face, including time, money, accessibility of venues and concerns about abuse or safety.

We are inviting the secretaries of constituency parties of all the main parties across the North East and Cumbria. Responses will be anonymised, and no CLP will be identified in any publication. The project has been approved by the university's research ethics committee (reference available on request), and we comply fully with data protection law.

Could you let me know:

1. whether you would be willing to take part;
2. whether you would prefer the survey link to go to you, or to another officer;
3. whether you think the CLP would need to seek the permission of the regional office before taking part (some parties have told us they do, and others that they do not).

I would be very happy to share our findings with the CLP when the project concludes next year.

With thanks,

Dr Tobias Fenwick
Lecturer in British Politics
School of Social Sciences
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# URGENT
# ---------------------------------------------------------------------------------------

c.add("urgent", subject="BBC Look North - live interview tonight at 6.30 on the yard closure - need an answer by 2pm",
      sender=("Ravi Bhatia", "ravi.bhatia@bbc.example.co.uk"),
      body=f"""Mark,

Ravi Bhatia, planning desk, BBC regional news in Newcastle. Apologies for the short notice.

We are leading tonight's 6.30 programme on the Hendon Quay closure announcement. We have the company, we have the union (Bill Straughan), and we have a Conservative councillor. The MP's office tells us Lindsay is in the Chamber for a vote this evening and can't get to our Westminster studio in time, and they suggested that someone from the local party might be able to speak instead.

What we'd need:

- Someone who can speak for Tynebridge Labour, not necessarily the MP. A council cabinet member or a CLP officer would be fine.
- A live two-way from the quayside outside the yard gates at about 6.40pm, roughly three minutes. We'd need them there by 5.45 for sound checks.
- If they can't do live, we could pre-record a short interview at the yard gates at 4.30, but that is the latest.

The questions will be about what the government is doing to save the yard, whether the offshore wind promise was real, and what people in Coalford should expect from a Labour government. It will not be a soft interview, but it will be fair.

I need a name and a mobile number by 2pm today so I can confirm the running order and book the crew. If I don't hear by then, I'll go without a Labour voice and we'll say that Labour was "not available for interview", which I'd rather not do.

Best number is my mobile: 07700 900 662.

Thanks,

Ravi
Planning Producer, BBC North East & Cumbria
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# BULK
# ---------------------------------------------------------------------------------------

c.add("bulk", subject="Charities & Not-for-Profit Update: employment status of campaign staff, volunteer expenses and the new Act",
      sender=("Hartley Quayle LLP - Insights", "insights@hartleyquayle.example.co.uk"),
      headers=c.newsletter_headers("Campaign Monitor"), fmt="alt",
      body="""Hartley Quayle LLP
Charities & Not-for-Profit Update - Autumn

In this edition:
1. Volunteers, workers or employees? The employment status trap for campaigning organisations
2. Volunteer expenses: what you can pay without creating a contract
3. The Employment Rights Act: what changes next April
4. Events: our free webinar for trustees and committee members

1. Volunteers, workers or employees?
Many not-for-profit organisations, from charities to community groups and political associations, rely on volunteers who work regularly and for long hours, particularly during busy periods. Recent tribunal decisions have reminded us that the label an organisation puts on an arrangement is not decisive. Where a "volunteer" is required to attend, is given set hours, and receives payments that go beyond reimbursement of genuine expenses, there is a real risk that a tribunal will find that they are a worker, with the right to the National Minimum Wage and to holiday pay.

2. Volunteer expenses
Organisations may reimburse genuine, receipted out-of-pocket expenses. Flat-rate payments, such as a fixed "daily allowance", are more risky. We recommend a written volunteer expenses policy, approved by your committee.

3. The Employment Rights Act
Several significant changes come into force next April, including day-one rights to protection from unfair dismissal (subject to a statutory probation period), and new duties on employers to take all reasonable steps to prevent harassment of staff, including harassment by third parties such as members of the public. Organisations whose staff deal with the public should review their policies now.

4. Webinar
"Your duties as a committee member: an hour-long guide for volunteers who run things". Free. Book via our website.

This update is for general information only and does not constitute legal advice. Please contact your usual Hartley Quayle adviser for advice on your specific circumstances.

Hartley Quayle LLP, Quayside Chambers, Newcastle upon Tyne. Authorised and regulated by the Solicitors Regulation Authority.
You are receiving this because you attended one of our events or asked to receive our updates. Unsubscribe | Update preferences
""",
      tags=("newsletter",))

# ---------------------------------------------------------------------------------------
# OTHER
# ---------------------------------------------------------------------------------------

c.add("other", subject="Condolences on the death of Brother Jimmy Gowland",
      sender=("Bill Straughan", "b.straughan@yardunion-ne.example.org.uk"),
      body=f"""Dear Mark,

I was very sorry to hear from Joe McGuinness of the death of Jimmy Gowland last Friday, and I wanted to write to you and, through you, to the members of the CLP, on behalf of the union in the region.

Jimmy was a member of this union for fifty-three years. He started at Hendon Quay as an apprentice plater in 1971, became a shop steward at twenty-four and was convenor of the yard through the hardest years of the eighties, when the yard came within a week of closing and he, more than anyone, kept the workforce together. He never stopped being a plater at heart. Even in retirement he would turn up at the gates on a cold morning to hand out leaflets, and he could still tell you the tonnage of every ship the yard launched between 1970 and 1990.

He was also, of course, a Labour man to his boots, a councillor for Coalford for twelve years and, I am told, the longest-serving delegate in the history of your GC. I remember him at conference in the nineties, standing on a chair to get the chair's attention, and getting it.

The union will be represented at the funeral, and our banner will be there if the family would like it. I have written separately to his wife, Margaret, and to his daughters.

If the CLP is planning any kind of memorial, or a collection for a cause Jimmy cared about, we would be glad to contribute. Please let me know.

With sympathy and solidarity,

Bill Straughan
Regional Organiser
""",
      tags=("formal",))

c.write()
