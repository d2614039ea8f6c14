"""train/tx1: anger and its consequences, part 1 (Kelvin North CLP, Glasgow).
All content hand-written.

Furious mail to the CLP secretary that ends with a consequence: resigning, cancelling the
direct debit, voting against, standing against a councillor, going to the press or the
regional office or the NEC, a motion of no confidence, a formal complaint, legal advice, "see
you at the AGM", "this won't be forgotten", "heads will roll". These are hard negatives: the
consequence is political, organisational, legal or social, never harm to a person (47
messages: complaint, some procedural, data-protection and other). Then 13 safety messages
where the same kind of angry letter ends in menace to a person instead: veiled remarks about
a house, a child, a car or a routine, conditional threats, wished harm, explicit threats,
some buried mid-rant or in a P.S."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tx1", seed=6001)
P = c.person
SEC = "Jamie Rennie <clp.secretary@kelvinnorthlabour.org>"
HN = ("hard-negative", "angry")

# ============================================================ hard negatives: complaint

# 1 winter fuel, long, caps, cancelling DD after decades
c.add("complaint", subject="WINTER FUEL - I have cancelled my direct debit", sender=P("Agnes", "Corrigan"),
      tags=HN + ("resignation-ultimatum", "noisy"),
      body="""Dear Mr Rennie,

I have been a member of this party since 1979. I joined the week Thatcher got in because my father told me that if I didn't, I had no right to complain about what was coming. I have delivered leaflets in the rain in Auchenlea for forty five years. I have sat at polling stations with a flask of soup from seven in the morning until ten at night. I have buried a husband who was a shop steward at the Albion works and I have never, not ONCE, voted for anybody else.

And now I am told by a Labour Chancellor that I am too well off to get help with my heating. I get my state pension and a tiny bit from Tommy's works pension. That is it. That tiny bit is what puts me over. I sat in my living room in January with my coat on and two hot water bottles and I thought, this is what I knocked doors for.

I WANT SOMEBODY TO EXPLAIN TO ME HOW THIS IS A LABOUR POLICY. Not a leaflet. Not a line from the press office about "difficult choices" and "the black hole". An actual person from this party, to my face.

I phoned the MP's office twice. A young lad told me he would "pass my concerns on". Pass them on to who? The bin?

So here is what I have done. This morning I went to the bank and cancelled my direct debit. Forty five years. I will not be renewing and I will not be handing out a single leaflet at the next election, and when the girl from the Auchenlea branch comes round asking me to do my usual polling station I will be telling her exactly why. Every woman at my lunch club will hear about it too, and there are thirty of us, and we all vote.

If somebody wants to come and see me and explain themselves, I am in most afternoons. I doubt anybody will.

Agnes Corrigan (Mrs)
Auchenlea""")

# 2 two-line blast, two-child cap
c.add("other", also=["complaint"], subject="done", sender=("Ross Gillanders", "rgillanders88@gmail.com"),
      tags=HN + ("resignation",),
      body="""Two-child cap still in place. Cancelled my DD this morning, don't bother sending the "we're sorry to see you go" email.

R""")

# 3 councillor voted for closure of the baths; stand a candidate against
c.add("complaint", subject="Cllr Kerr and the Auchenlea Baths vote", sender=P("Callum", "Ferrie"),
      cc=["Cllr Stuart Kerr <stuart.kerr.cllr@kelvinnorthlabour.org>"],
      tags=HN + ("political-consequence",),
      body="""Jamie (copying Stuart so nobody can say this was said behind his back),

Yesterday Cllr Kerr voted with the administration to close Auchenlea Baths. The only public pool within two miles of four primary schools. The pool my kids learned to swim in. The pool where the over-60s aquafit has run for twenty years. He stood in that chamber and voted for it, after standing on the steps of the baths in March with a placard saying SAVE OUR POOL for the Evening Times photographer.

Stuart, you told the branch in April that you would "never" vote for the closure. Those were your words. They are in the branch minutes.

So here is what is going to happen. The Save Auchenlea Baths campaign met last night, forty-odd people in the community hall, and we voted to put up our own candidate against you in May. A proper local one, who can swim. We will leaflet every close in the ward. We'll be at every street stall you do. Nobody on that estate will forget who closed their pool, and we will make sure you don't get the chance to do it again.

I'm also resigning as Auchenlea branch vice-chair with immediate effect. I can't stand on a doorstep and ask people to vote for this.

Callum Ferrie""")

# 4 selection rigged-looking, NEC
c.add("complaint", subject="Cairnbrae council selection - a complaint, and it's going to the NEC", sender=P("Morven", "Blair"),
      tags=HN + ("political-consequence",),
      body="""Jamie,

I'll be brief because I've already written three pages of this to the regional office.

The Cairnbrae selection shortlist was decided by four people in a room on a Tuesday afternoon while most of the branch was at work. The notice went out at 11pm the night before. Two of the four are related to the candidate who ended up as the only name on the ballot. One member, one candidate, "one-member-one-vote", what a joke.

I've asked you twice for the minutes of that shortlisting meeting and I've had nothing. So:

1. I am submitting a formal complaint to Scottish Labour's procedures secretary today.
2. If that goes nowhere, which I expect, it goes to the NEC disputes panel.
3. I will be moving at the next GC that the selection is suspended until it's been looked at.

Don't think this will just blow over. It won't.

Morven Blair
Cairnbrae branch""")

# 5 formal complaint under the rules about the chair's rudeness (procedural)
c.add("procedural", also=["complaint"], subject="Formal complaint under the CLP complaints procedure - conduct of the Chair, GC 9 October",
      sender=P("Deepak", "Sharma"),
      tags=HN + ("legal-threat",),
      body="""To: The Secretary, Kelvin North CLP

I wish to lodge a formal complaint, under the Party's complaints procedure and the CLP Standing Orders, concerning the conduct of the Chair, Mr Alasdair Rintoul, at the General Committee meeting held on 9 October.

Summary of complaint:

(a) During the debate on the motion on the two-child limit, I was called to speak and, after approximately forty seconds, the Chair interrupted me, told me I was "wasting everybody's time" and instructed me to sit down. No time limit had been announced for speeches.

(b) When I attempted to raise a point of order, the Chair said, audibly and in front of some sixty delegates, "Oh here we go, Deepak's found the rule book again." Several delegates laughed.

(c) The Chair subsequently ruled the motion out of order without stating which standing order it breached, and refused to put a challenge to the chair's ruling to the meeting, contrary to Standing Order 9.3.

I request that:
- this complaint is acknowledged in writing within 14 days;
- it is referred to the regional office in accordance with the procedure;
- the ruling on the motion is placed before the next GC for reconsideration.

I have kept contemporaneous notes and at least three delegates have confirmed to me in writing that they will give statements. I should add that I am a member of the party's Disability Labour group and I regard the Chair's remarks as belittling. I have taken initial advice and I reserve my position as to any further steps.

Deepak Sharma
Delegate, Rowanhill branch""")

# 6 motion of no confidence (procedural)
c.add("procedural", subject="Motion of no confidence in the CLP Treasurer - for the November GC",
      sender=P("Elaine", "McGarvey"),
      tags=HN,
      body="""Jamie,

Please place the following motion on the agenda for the November GC. It has been passed by Mossfield branch (proposer myself, seconder Gerry Quinn, carried 14-2 with 1 abstention at our meeting on the 21st). I am aware of the 14-day deadline and this is inside it, so I don't want to hear later that it "arrived too late".

MOTION: NO CONFIDENCE IN THE CLP TREASURER

This GC notes:
- that the CLP accounts for the last financial year have not been presented to the GC, despite being requested at the June, August and September meetings;
- that £2,840 was spent on a new website without any decision of the EC or GC;
- that branch requests for their share of funds have gone unanswered since February.

This GC believes that members are entitled to know how their subscriptions and donations are being spent.

This GC therefore has no confidence in the current Treasurer and calls on them to stand down, and instructs the EC to appoint an interim treasurer and to commission an independent examination of the accounts.

Frankly, Jamie, we are sick of being fobbed off. If this isn't on the agenda we will raise it under AOB and ask for a vote on suspending standing orders, and we have the numbers.

Elaine McGarvey
Secretary, Mossfield branch""")

# 7 canvass data misuse, ICO (data-protection)
c.add("data-protection", also=["complaint"], subject="My details being used for Cllr Docherty's Christmas cards??",
      sender=P("Tomasz", "Nowak"),
      tags=HN + ("legal-threat",),
      body="""Hello,

Last year in the by-election I told one of your canvassers at my door that I "might" vote Labour. That's all. I did not sign anything.

Today I got a Christmas card, addressed to me by name, from Cllr Anne-Marie Docherty, with a printed message about her "family business" - a letting agency - and a 10% discount voucher for landlord services. I am a tenant. I don't want to be a landlord. How does a letting agency know my name and that I "might" vote Labour?

My wife says it is because your volunteers write down everything on the doorstep and the councillor has taken the list. If this is true it is a disgrace and I think it is also against the law.

I want to know what you have about me, who has it, and I want it deleted. If I don't get a proper answer in two weeks I will report it to the Information Commissioner and I will send the card to the newspaper as well.

Tomasz Nowak""")

# 8 reply quoting secretary's polite answer; see you at the AGM
c.add("complaint", subject="Re: Your email about the branch meeting", sender=P("Bernadette", "Coyle"),
      tags=HN + ("quoted",),
      body=c.quote_reply(
          """"I completely understand your frustration." No, Jamie, I don't think you do.

I was told the meeting was cancelled. I rang round eleven people to tell them not to come. It wasn't cancelled. It went ahead with six people in the room and they elected a new branch secretary. The six people happened to be the same six who've wanted me out since I raised the business about the raffle money.

You can "look into it" all you like. I'll save you the bother: I'll be at the AGM, with everybody I phoned that night, and we'll be asking for that meeting to be declared void in front of the whole CLP. Let's see who's frustrated then.

This won't be forgotten.

Bernadette""",
          """Dear Bernadette,

Thanks for your email and I completely understand your frustration. It does sound as though there was some confusion over whether the Rowanhill branch meeting on the 3rd was going ahead. I'll look into it with the branch chair and come back to you as soon as I can.

Best wishes,
Jamie

Jamie Rennie
Secretary, Kelvin North CLP""", quoted_from=SEC, style="gmail"))

# 9 Gaza, MP abstention, press and campaigning against him
c.add("complaint", subject="Gordon Laidlaw's abstention", sender=P("Yusuf", "Rahman"),
      tags=HN + ("political-consequence", "metaphor"),
      body="""Mr Rennie,

I am writing as a member of this CLP for eleven years, and as someone whose cousins live in Khan Younis, or lived, because two of them are now dead.

On Tuesday our MP, Gordon Laidlaw, abstained on a motion calling for an immediate ceasefire and an end to arms sales. Abstained. He did not have the courage to vote against it and he did not have the decency to vote for it. He sat on his hands while children are dying and then put out a statement about "complexity".

There is blood on the hands of every MP who sat that vote out and I will say that at every meeting I attend.

I want to be very clear about what happens next. I have spoken to the imams at both mosques in this constituency and to the chair of the Kelvin North Palestine group. There are roughly six thousand Muslim voters in this seat and Mr Laidlaw's majority was 3,900. Do the arithmetic. We will campaign against him, openly, at the next election, and I have already spoken to a journalist at the Evening Times who is very interested in why a Labour MP in a seat like this cannot bring himself to vote for a ceasefire.

I am not leaving the party. I am going to stay in it and make his life politically very difficult. You may pass this on to him.

Yusuf Rahman""")

# 10 webform from public: bins, telling estate to vote SNP
c.add("complaint", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Sandra Pollock", "sandrapollock71@yahoo.co.uk"),
      tags=HN + ("webform", "political-consequence", "noisy"),
      body=c.webform({
          "Name": "Sandra Pollock",
          "Email": "sandrapollock71@yahoo.co.uk",
          "Postcode": "G99 4LT",
          "Subject": "BINS AND YOUR USELESS COUNCILLOR",
          "Message": """Our back court bins have not been emptied for FIVE WEEKS. There are rats. Actual rats the size of cats. My grandson saw one go in the close. I have emailed Cllr Buchanan four times and phoned her office and got NOTHING back, not even an automated reply.

You lot came round every week before the election wanting my vote. Now nobody can find you.

Well here it is. I'm the secretary of the Torrisdale Street tenants association and we have 140 households. Every one of them is getting a note through the door next week telling them exactly how much help they got from their Labour councillor. And I'll be telling them to vote SNP. Or Green. Or anybody.

Sort the bins or lose the ward. Simple.""",
      }, form="Get in touch"))

# 11 non-native (Polish), ignored, regional office
c.add("complaint", subject="Nobody answer me - complaint", sender=P("Marek", "Kowalski"),
      tags=HN + ("non-native",),
      body="""Dear Secretary,

I am member of Labour Party since 2021, I pay every month. In July I write to branch secretary because I want to help with campaign, I speak Polish and there is many Polish people in Mossfield who can vote in council election. Nobody answer. In August I write again. Nobody answer. In September I come to meeting in the church hall and the lady at the door say "are you sure you are in right place?". I am sure, I have membership card.

I feel like I am not welcome because I am foreigner. Maybe is not true, but this is how I feel.

I am very angry about this. If I not get answer from you in this week, I will write complaint to the regional office and also I will tell to the Polish community facebook group (3 thousand people) that Labour don't want our help and don't want our vote. I don't want to do this but I will.

Regards
Marek Kowalski
Mossfield""")

# 12 suspended member, legal, heads will roll
c.add("complaint", subject="My 'administrative suspension' - final warning before solicitors", sender=("Francis Devlin", "f.devlin@devlinjoinery.co.uk"),
      tags=HN + ("legal-threat", "metaphor"),
      body="""Mr Rennie,

For the avoidance of doubt, since apparently nobody at the CLP is capable of reading their own emails:

I was "administratively suspended" on 2 August. I have not been told what I am accused of. I have not been shown any complaint. I have not been given the name of a single person who complained. I have been removed from the GC, from my branch WhatsApp, and my name has been taken off the list of council candidates, three weeks before the selection meeting I was favourite to win. Funny, that.

Everybody in Cairnbrae knows who complained and why. I will not name them here but I will name them in the right place at the right time.

I have instructed Murray & Keane solicitors, who will be writing to the General Secretary this week. The party's own rules require that I am told the nature of the allegation. Natural justice requires it. If I am not given the full details of the complaint within fourteen days, proceedings will be issued, and discovery is going to be very embarrassing for some people.

When this comes out, and it will, heads will roll at that CLP. I would suggest you make sure yours isn't one of them by answering this letter.

F. Devlin""")

# 13 metaphor-heavy budget rant, bury you at the ballot box
c.add("complaint", subject="Council budget - you are killing this city", sender=P("Lorna", "Haggerty"),
      tags=HN + ("metaphor", "political-consequence"),
      body="""This budget is a massacre. There's no other word for it. Nine libraries, two community centres, the youth work service in Rowanhill gone completely, and the Labour group voted for every line of it and then put out a press release about "protecting frontline services".

Which frontline? The front line of the queue at the foodbank?

You are killing this city one community centre at a time. You've driven a stake through the heart of every youth club in the north of it. And when the kids are out on the streets with nothing to do in two years' time, don't come crying to us.

I've been a member for 15 years and an activist for 10. I have knocked more doors than any councillor in that group. And I'll be knocking doors again in May, telling every single person who opens theirs what their Labour councillors did. We will bury this lot at the ballot box. Bury them.

Lorna Haggerty""")

# 14 "you have been warned" about deselection - to the councillor via secretary
c.add("complaint", subject="Trigger ballot - you have been warned", sender=P("Brian", "Gallacher"),
      tags=HN + ("political-consequence",),
      body="""Jamie

Please pass this on to Cllr Buchanan since she doesn't reply to me direct.

Fiona, the branch has had enough. You've missed five of the last seven branch meetings, you voted for the library closure against a branch motion, and you put out a leaflet with your face on it and no mention of the branch or the members who delivered it.

The trigger ballot for the council selections is in January. Rowanhill branch will be voting to open the selection. I've spoken to the trade union affiliates and two of them will be doing the same. You have been warned. If you want to keep your seat you'd better start turning up and listening.

Brian Gallacher
Chair, Rowanhill branch""")

# 15 forward of organiser's email with angry note, press
c.add("complaint", subject="Fwd: Re: speaking at the rally", sender=P("Niamh", "O'Hare"),
      tags=HN + ("forwarded", "political-consequence"),
      body=c.forward(
          """Jamie, read what this man sent me. I was asked by the Kelvin North Palestine group to speak at Saturday's rally as a Labour member, which I am entitled to do. Then this.

"Reconsider your position as a member." Who does he think he is? I have done nothing against the rules.

I've sent it to my pal at the Daily Record already. If anyone from the regional office wants to discipline me for speaking at a peaceful rally, let them try, and let them do it in the papers. I'm also raising it at the GC under any other business and I expect you to minute it.

Niamh""",
          """Niamh,

It has come to my attention that you are billed as a "Labour speaker" at Saturday's demonstration in George Square.

I would strongly advise against attending in that capacity. The party has not endorsed the event, some of the organisations involved have made statements that are incompatible with our values, and any appearance could be reported.

If you do speak, I would ask you to reconsider your position as a member of this party.

Regards,
Euan Calder
Organiser""",
          "Euan Calder <euan.calder@scottishlabour-organise.org.uk>", "Re: speaking at the rally", style="gmail"))

# 16 heads will roll about the budget overspend
c.add("complaint", subject="£3,200 on WHAT", sender=P("Hugh", "McLaren"),
      tags=HN + ("metaphor",),
      body="""Jamie - just seen the treasurer's report for the GC papers.

£3,200 on a "digital engagement platform" that nobody voted for and nobody uses. We had to have a whip round in Mossfield for the by-election leaflets because "there's no money". Heads will roll over this at the AGM, mark my words. I'll be asking who signed it off and I'll keep asking till I get a name.

Hugh""")

# 17 angry resignation of branch secretary - no demand (other)
c.add("other", also=["complaint"], subject="Resignation as Rowanhill branch secretary", sender=P("Catriona", "Lamont"),
      tags=HN + ("resignation",),
      body="""Jamie,

This is to let you know that I am resigning as secretary of Rowanhill branch with immediate effect. I'll hand the minute book and the keys for the cupboard to the chair this week.

I am not going to list everything. I've spent three years organising meetings nobody from the EC comes to, chasing councillors who won't turn up, writing minutes the CLP never reads, and being told at every GC that the branches "need to do more". I'm done. Somebody else can do it and see how they like it.

I'm keeping my membership for now, God knows why.

Catriona Lamont""")

# 18 ALL CAPS short rant, never knock a door again
c.add("complaint", subject="LEAFLETS", sender=("Davie Hunter", "daviehunter1958@btinternet.com"),
      tags=HN + ("noisy", "resignation-ultimatum"),
      body="""I HAVE JUST FOUND 400 OF THE BY ELECTION LEAFLETS IN THE BOOT OF MY CAR. THE ONES I WAS TOLD HAD BEEN DELIVERED TO TORRISDALE STREET. THEY WERE NEVER PICKED UP FROM ME. I TEXTED THE ORGANISER FOUR TIMES.

WE LOST THAT BY 61 VOTES.

I AM NOT KNOCKING ANOTHER DOOR FOR THIS CLP UNTIL SOMEBODY WHO ACTUALLY KNOWS WHAT THEY ARE DOING IS IN CHARGE OF THE CAMPAIGN. NOT ONE.

DAVIE HUNTER""")

# 19 welfare cuts, PIP, disabled member, long
c.add("complaint", subject="PIP cuts - from a disabled member who has had enough", sender=P("Siobhan", "Kearney"),
      tags=HN + ("political-consequence",),
      body="""Dear Jamie,

I'll start by saying I know this isn't your fault. You don't sit in the cabinet. But you are the person I can reach, and our MP's office has stopped answering me, so you're getting it.

I have MS. I was diagnosed at 31. I worked as a nursery nurse until I couldn't, and I have been on PIP for six years. Without the daily living component I cannot pay for the taxi to my physio, I cannot pay the extra on the electric for the hoist and the heating I need because my body doesn't regulate temperature, and I will lose the Motability car that gets me to my mum's.

The government's proposals would, on the assessor's own scoring from my last review, take me below the threshold. Not because I have got better. I am worse. Because somebody at the Treasury drew a line in a different place.

I joined this party at 17. I campaigned for Labour in the disability rights movement when Labour were the ones standing with us against the bedroom tax and the work capability assessment. I sat on the CLP's equalities committee. I helped write the accessibility policy for your meetings, the one that says you must always have a ground floor room (you haven't, twice this year, but that's a different letter).

I was proud of this party. Now I'm embarrassed to tell my friends in the MS support group I'm a member.

Here is what I'm going to do, since nobody listens to what I say. I administer the Glasgow North Disabled People's Network Facebook group. 2,300 members, most of them in this constituency or next to it. Between now and the next election I will be posting, every week, exactly how each of our Labour representatives voted on these cuts, with their own quotes from when they were in opposition. I won't be telling anyone who to vote for. I won't need to.

And if Gordon Laidlaw votes for this bill, I'll be putting a motion to my branch calling on the CLP to withdraw support from him, and I'll be at the GC in my wheelchair to speak for it, ground floor room or not.

I would like someone to tell me, honestly, what the MP intends to do.

Siobhan Kearney
Cairnbrae branch""")

# 20 rigged AGM, appeal to regional director
c.add("complaint", subject="The so-called AGM", sender=P("Gerry", "Quinn"),
      tags=HN,
      body="""Jamie,

Last night was not an AGM. It was a coronation.

- Papers sent out at 4pm on the day.
- Nominations "closed" at the start of the meeting, announced by the chair from a sheet of paper nobody else had seen.
- Eleven people I have never seen at a meeting in my life, all of whom voted for the chair's slate and then left before any other business.
- Tellers appointed by the chair, both from his own branch.
- When I asked for a card vote I was told "we don't do that here".

I am writing to the regional director this morning to ask for the results to be set aside and the meeting rerun under supervision, and I've got signatures from 22 GC delegates supporting that. I'd rather you supported it too, but I'm not asking permission.

Gerry Quinn
Delegate, Mossfield""")

# 21 officer rude; name and shame at GC
c.add("complaint", subject="Your women's officer", sender=P("Shabana", "Bibi"),
      tags=HN,
      body="""Jamie I am still shaking as I write this.

At the end of Saturday's street stall I asked Karen Doig (women's officer) if she could put the Urdu leaflets on the table as well as the English ones because half the people going past were aunties from the mosque. She said, I'm quoting exactly, "we're not here for that lot, they don't vote anyway".

There were three witnesses. One of them was my 16 year old daughter who wants to join Young Labour. Or wanted to.

I want an apology from her, in writing, and I want her removed from the women's officer post. If that's not done by the next GC I'll stand up at the GC and tell every delegate what she said, word for word, and let them decide. I won't be quiet about this.

Shabana Bibi
Rowanhill""")

# 22 DP: phone number given to councillor's campaign, legal advice
c.add("data-protection", subject="Who gave Cllr Kerr's people my mobile number", sender=P("Kirsty", "Mair"),
      tags=HN + ("legal-threat", "dp-no-legal-words"),
      body="""I've had five texts in three days from "Team Stuart Kerr" asking me to "pledge my support" for his re-selection. I am not in his ward. I have never given him my number. The only place I gave my mobile was my Labour membership form six years ago.

So somebody in this CLP has handed the members list to a councillor for his personal selection campaign, which I'm pretty sure is against your own rules never mind anything else.

I want to know who gave it to him and I want my number taken off whatever spreadsheet it's on. I work for a solicitor's firm and I'm going to ask one of the partners tomorrow what my options are. I wouldn't leave this one.

Kirsty Mair""")

# 23 being ignored, fifth email, general secretary
c.add("complaint", subject="FIFTH EMAIL - membership transfer", sender=P("Olu", "Adeyemi"),
      tags=HN,
      body="""This is my fifth email about my membership transfer from Lewisham. FIFTH. 12 June, 30 June, 22 July, 19 August, and now.

I still have not been added to a branch. I still do not get GC papers. I missed the selection vote because I "wasn't on the list".

The next email will not be to you. It will be to the General Secretary, with all five of these attached, and a copy to the regional office, asking why a CLP secretary cannot do the one basic administrative task his job involves.

Olu Adeyemi""")

# 24 txt-speak young member, telling the uni group chat
c.add("complaint", subject="young labour thing", sender=("Kai Robertson", "kai.robertson03@icloud.com"),
      tags=HN + ("noisy", "political-consequence"),
      body="""hi so basically i organised the whole young members social on thurs booked the room did the insta posts and then the EC just cancelled it the night before bc "it wasnt approved"?? approved by who lol nobody told me there was approval

like im actually so done. 30 people were coming. i looked like an absolute idiot

im telling the whole uni labour club group chat exactly how this clp treats young members. dont be surprised when none of them turn up to canvass in may

kai""")

# 25 councillor vote on school closure; we'll remember in May
c.add("complaint", subject="Mossfield Primary", sender=P("Leanne", "Docherty"),
      tags=HN + ("political-consequence",),
      body="""Mr Rennie,

I am the chair of the Mossfield Primary Parent Council. I'm writing on behalf of 212 families.

At Thursday's education committee, both Labour councillors for this ward voted to "consult" on merging Mossfield with Braeside, which everyone knows means closing Mossfield. Neither of them came to the parents' meeting last month although both were invited. Neither has replied to our letter.

Our children are five, six, seven years old. Braeside is a mile and a half away across the dual carriageway.

Please tell both councillors from me: parents at this school have votes, and so do their parents, and we have a very long memory. We will remember this in May. Every single family.

Leanne Docherty
Chair, Mossfield Primary Parent Council""")

# 26 sarcastic, web team, motion to GC
c.add("complaint", subject="Congratulations", sender=P("Iain", "Struthers"),
      tags=HN,
      body="""Jamie,

Congratulations to whoever runs the CLP Facebook page. In one post you've managed to (a) misspell the name of our own candidate, (b) give the wrong date for polling day, and (c) use a photo of a street in Edinburgh as "Cairnbrae". Three errors in four lines is some going. Genuinely impressive.

The post has 14 shares, mostly from SNP members laughing at us.

I'll be moving at the next EC that the page is taken off whoever is running it and put under the campaign coordinator with a second pair of eyes on every post. I expect that to pass. If it doesn't, I'll take it to the GC.

Iain Struthers
Campaign coordinator (apparently)""")

# 27 defamation in minutes, solicitor
c.add("complaint", also=["procedural"], subject="Draft minutes of the September GC - defamatory statement",
      sender=("Andrew Pettigrew", "andrew.pettigrew@pettigrew-consulting.co.uk"),
      tags=HN + ("legal-threat",),
      body="""Dear Mr Rennie,

I have received the draft minutes of the September General Committee. Item 7 records that "concerns were raised about AP's handling of branch funds and it was agreed these should be investigated".

No such concerns were raised in my presence. No such agreement was made; I was in the room until 9.40pm and the meeting closed at 9.45pm. I have never been told of any "concerns", let alone an investigation.

These minutes will be circulated to some seventy members. A statement that a named treasurer is under investigation for his handling of funds is, plainly, damaging to my reputation, and I am a self-employed accountant.

I require that item 7 be struck from the draft minutes before circulation and that I be told in writing who proposed the wording. If the minutes are circulated in their current form, I will be instructing solicitors and the CLP officers should expect to hear from them.

Yours sincerely,
Andrew Pettigrew""")

# 28 MP's caseworker rude; press and ombudsman
c.add("complaint", subject="Complaint about your MP's office", sender=P("Fatima", "Malik"),
      tags=HN + ("political-consequence",),
      body="""Hello

I am not a member of your party, I just don't know who else to send this to, the MP's office is the problem.

My son has autism and has been out of school for 7 months because the council cannot find a place. I went to Mr Laidlaw's surgery in May. His caseworker, a man with glasses, told me in front of other people waiting that "lots of parents have it hard" and "the MP can't magic up school places". Then he said he would write to the council. He did not. I checked with the council.

I rang the office last week and the same man said, "we've done what we can, Mrs Malik". They have done NOTHING.

I have now written to the local paper and they are coming to interview me and my son on Monday. I'm also going to complain to the parliamentary standards people, whoever they are. I voted Labour my whole life. Not again.

Fatima Malik""")

# 29 delegate will vote against budget, whole branch
c.add("complaint", subject="Re: GC budget proposal", sender=P("Pat", "Mulholland"),
      tags=HN + ("quoted", "political-consequence", "benign-violent-word"),
      body=c.quote_reply(
          """No, Jamie, I won't "have a think about it".

I've thought. You want to take £1,500 out of the branch development fund, which is the only money the branches have ever had any say over, and put it into a "central campaigns pot" run by the same three officers who decided on the website. Over my dead body. (Figure of speech before anybody writes to me.)

I'll be voting against it at the GC and so will every Rowanhill delegate, and I've spoken to Mossfield and Cairnbrae and they're doing the same. That's 19 votes. You can count as well as I can.""",
          """Hi Pat,

I know you had some concerns at the EC about the budget proposal for next year. I just wanted to say the officers have thought long and hard about it and we believe centralising the campaign money will help target resources. Could you have a think about it before the GC? Happy to chat on the phone.

Jamie""", quoted_from=SEC, style="bottom"))

# 30 emergency motion to censure councillor (procedural)
c.add("procedural", also=["complaint"], subject="Emergency motion - censure of Cllr Kerr (Auchenlea Baths)",
      sender=P("Rhona", "Baillie"),
      tags=HN + ("political-consequence",),
      body="""Jamie,

Auchenlea branch met last night in emergency session (27 present, quorate) and passed the following. Please accept it as an emergency motion for Thursday's GC under SO 7.4 - it couldn't have been submitted earlier because the council vote was only last Wednesday.

"This GC notes that on [date] Cllr Stuart Kerr voted in favour of the closure of Auchenlea Baths, contrary to his public commitments and to the policy of this CLP agreed at the May GC.

This GC censures Cllr Kerr for his vote, and requests that the Scottish Labour local government committee take this censure into account in any future selection process for the ward."

Proposed: Rhona Baillie. Seconded: Callum Ferrie. Carried 24-1-2.

People are livid, Jamie. I've never seen a branch meeting like it. If this isn't heard on Thursday a lot of folk will just stop paying their subs, and I won't blame them.

Rhona""")

# 31 angry resignation over Gaza, no demand (other)
c.add("other", also=["complaint"], subject="Resignation", sender=P("Hamza", "Iqbal"),
      tags=HN + ("resignation",),
      body="""Mr Rennie,

Please take this as notice that I am resigning my membership of the Labour Party, effective today, and that I have cancelled my direct debit.

I will not write a long letter because I have written enough long letters to our MP and received form replies. A party that cannot say the word genocide, that suspends its own members for saying it, and that lectures the rest of us about values, is not my party any more.

Don't send anyone round.

Hamza Iqbal""")

# 32 DP: CC'd list breach, ICO
c.add("data-protection", subject="You've just sent everyone's email to everyone", sender=P("Ruth", "Cassidy"),
      tags=HN + ("legal-threat",),
      body="""Jamie,

Your email about the Christmas social went to about 300 members with every single address in the CC line. Mine included. Including the address I keep private because of an ex-partner who I have spent five years making sure cannot find me.

I am absolutely furious. I told the membership team when I joined that my details must NEVER be shared and I have the email to prove it.

I want to know (a) what you are doing to recall or contain it, (b) whether the party has reported this as a data breach, and (c) who in this CLP is allowed to send bulk mail without BCC. If I don't have answers by Friday I'm reporting it to the ICO myself, and I'm taking advice from Scottish Women's Aid about what else I can do.

Ruth Cassidy""")

# 33 stand against councillor as independent
c.add("complaint", subject="I'm standing against her", sender=P("Tony", "Brogan"),
      tags=HN + ("political-consequence", "resignation-ultimatum"),
      body="""Jamie

Thirty-two years. Branch chair, council candidate twice in unwinnable seats, election agent for Fiona Buchanan the first time she stood. And after all that I get to find out from a Facebook post that I've been left off the longlist for Rowanhill because of "a change of approach".

Right. Here's my change of approach. If that decision isn't reversed by the end of the month, I resign, and I stand as an independent in Rowanhill in May. Everybody in that ward knows me. Half of them have my mobile number. I know which closes vote and which don't because I'm the one who built the canvass records.

Fiona can have a proper fight for once. Let the voters decide.

Tony Brogan""")

# 34 suspended member, non-native (Urdu-speaker), judicial review
c.add("complaint", subject="My suspension is unfair - please answer", sender=P("Abdul", "Chaudhry"),
      tags=HN + ("non-native", "legal-threat"),
      body="""Respected Secretary Sahib,

I am writing you third time regarding my suspension from party which happened on 4th of September. I am member of Labour since 1997, my whole family is Labour, my late father was councillor in Bradford for 12 years.

I was suspended because of one post on facebook which I shared, it was about the children of Gaza, it was not my words, I only shared it. I have removed it the same day when somebody told me. Nobody has asked me what I meant. Nobody has phoned me. Only one letter from London with a reference number.

Meanwhile I see other members sharing much worse things about Muslims and nothing is happening to them. I have screenshots of this also.

I am very upset and my family is very upset. My son is lawyer in Manchester and he has told me I can challenge this, he is saying judicial review or county court for breach of the rules of the party which are a contract. I do not want to go to court against my own party. But if I have no choice I will do it.

Kindly reply and tell me what is the process and when it will finish.

Yours faithfully
Abdul Ghafoor Chaudhry
Cairnbrae branch""")

# 35 small grievance, the tea urn and the rota, big fury
c.add("complaint", subject="the rota", sender=P("Maureen", "Gilmour"),
      tags=HN + ("resignation-ultimatum",),
      body="""Jamie,

For the fourth month running I have been put down on the rota to do the teas at the GC. I have asked, politely, three times, for other people to take a turn. I am 74. I am not the tea lady. I am a delegate, I have a vote, and I would quite like to be in the room for the debates instead of washing cups in the kitchen.

Nobody has asked any of the men to do it. Not once.

If my name is on that rota in December I will not be coming, and I will be telling the women's forum why. I'm sure they'll be interested.

Maureen Gilmour""")

# 36 venue booking fiasco, see you at AGM, everyone will know
c.add("complaint", subject="Re: Re: St Machan's hall booking", sender=P("Grace", "Mensah"),
      tags=HN + ("quoted",),
      body=c.quote_reply(
          """Sorry, "a breakdown in communication"? I booked the hall. I paid the deposit out of my own pocket. The EC then booked a different hall for the same night without telling me and the church have kept my £80.

I've been reasonable for three weeks. I'm done being reasonable. I want the £80 back from CLP funds by the end of the month, and I'll be raising the whole thing at the AGM so the members can hear how volunteers get treated here. Everybody in Cairnbrae will know about it by Sunday, I'll make sure of that.

Grace""",
          """Hi Grace,

Apologies, it sounds like there was a breakdown in communication between the EC and the branch about the venue for the hustings. These things happen with volunteers! I'll raise the deposit question with the treasurer.

Jamie""", quoted_from=SEC, style="outlook"))

# 37 regional office imposed candidate; won't campaign
c.add("complaint", subject="The imposed candidate", sender=P("Martin", "Coulter"),
      tags=HN + ("political-consequence", "metaphor"),
      body="""Jamie,

So the regional office have parachuted a 26-year-old special adviser from London into the Auchenlea by-election, over the heads of three local members who applied, one of whom has lived on the estate for forty years and ran the food bank through lockdown.

I want it minuted at the GC, word for word: Auchenlea branch will not campaign for the imposed candidate. Not a single leaflet, not a single door. We'll staff the polling stations for nobody. The branch voted it 18-3 last night.

If regional want to win this seat they can bus in their own volunteers and watch the party get torn to pieces on the doorstep. It's political suicide and everybody can see it except them.

Martin Coulter
Chair, Auchenlea branch""")

# 38 elderly member's letter typed by grandson
c.add("complaint", subject="Letter from my gran (Mrs Jean Tolmie)", sender=("Jordan Tolmie", "jordantolmie@outlook.com"),
      tags=HN + ("resignation-ultimatum",),
      body="""Hi, my gran asked me to type this up and send it for her. These are her words. Jordan

---

To the Secretary,

I have been a member of the Labour Party for 52 years. I was in the Co-op Women's Guild, I stood for the council in 1974 and lost by 37 votes, and I have never missed voting Labour in my life.

I am 86 and I live on my pension. This winter I will not get the fuel payment. I am not poor enough, they say. I would like the Chancellor to come and sit in my front room in February.

I want my MP to write to me himself, not a girl in his office, and tell me why. If he cannot do that I will not be renewing in January and I will tell the lunch club and the church, and they will listen to me because they always have.

Yours sincerely,
Jean Tolmie (Mrs)""")

# 39 Romanian non-native, council housing, newspaper
c.add("complaint", subject="Councillor promise and not do nothing", sender=P("Ioana", "Popescu", "yahoo.com"),
      tags=HN + ("non-native",),
      body="""Hello Sir,

My name is Ioana, I live in Torrisdale Street since 2019 with my husband and two children. We have very big problem with damp and black mould in the flat, my youngest daughter she have asthma and she was in hospital two times this year.

In the election time the Labour councillor Mrs Buchanan she come to my door and she say, if you vote for me I will fix this problem with the housing association. I vote for her. My husband vote for her. After election I write her 6 emails. She answer one time, "I will look into this". After this nothing. 8 months.

I am very angry now. Is not correct to promise to people and then forget. In my country politicians do this, I think in UK is different. Now I see is the same.

I tell you, if she dont help me in this month, I go to the newspaper with the pictures of my flat and the hospital letters, and I tell them she promise me at my door. Also I will tell all the Romanian families in the street (we are 11 families) what kind of councillor she is.

Thank you,
Ioana""")

# 40 metaphor: knifed in the back, don't expect me at the count
c.add("complaint", subject="Knifed in the back", sender=P("Derek", "Paterson"),
      tags=HN + ("metaphor", "resignation-ultimatum"),
      body="""Jamie,

I don't know what else to call it. Eight of us have spent two years building up the Braeside branch from nothing, and the EC has "merged" us into Mossfield without a single conversation, by a vote at a meeting we weren't told about. You've knifed your own members in the back and you didn't even have the guts to do it to our faces.

The party is dead round here if this is how it's run. Dead.

Don't expect me at the count in May. Don't expect any of us.

Derek""")

# 41 MP's welfare vote, trigger ballot mark my words
c.add("complaint", subject="If Laidlaw votes for the welfare bill", sender=P("Colette", "Rafferty"),
      tags=HN + ("political-consequence",),
      body="""Jamie

Just so you know and so he knows: if Gordon Laidlaw votes for the welfare bill on Tuesday, I'll be putting a motion to Cairnbrae branch calling for him to be deselected, and I've got the seconder already. We'll go branch to branch and affiliate to affiliate. Trigger ballot's coming, mark my words, and he'll lose it.

He can have that from me directly if he wants - I'm not hiding behind anyone.

Colette Rafferty""")

# 42 DP: take me off every list, ICO
c.add("data-protection", subject="STOP TEXTING ME", sender=("W. Lennie", "wlennie@talktalk.net"),
      tags=HN + ("dp-no-legal-words", "noisy"),
      body="""I cancelled my membership in March. I have had 23 texts since then. Twenty three. "Can you help this Saturday?", "Are you coming to the GC?", "Remember to renew!". I DO NOT WANT TO RENEW. I want you to take me off every list you have. Phone, email, post, whatever.

One more text and I'm going straight to the Information Commissioner, and then to the papers.""")

# 43 resignation from volunteer role, no demand (other)
c.add("other", subject="Stepping down from phone banks", sender=P("Emeka", "Okoro"),
      tags=HN + ("resignation",),
      body="""Jamie,

I'm stepping down as phone bank lead from today. I'll send the login details for the dialler to whoever you want.

I'm not going to pretend it's amicable. Being told by an EC member in front of the whole room on Tuesday that the phone bank "wasn't worth the electricity" after we made 1,900 calls in September was the last straw. I'll keep my membership. I won't be volunteering again while the current lot are in charge.

Emeka""")

# 44 women's forum ignored; writing to NEC
c.add("complaint", subject="The EC and the Women's Forum", sender=P("Janet", "Crerar"),
      tags=HN + ("political-consequence",),
      body="""Dear Jamie,

The Women's Forum has sent four motions and two letters to the EC this year:

- on childcare at meetings (February),
- on the safety of women canvassing alone after dark (April),
- on the Women's Officer being consulted on the council longlist (June),
- on the two-child limit (September).

We have had no reply to any of them. None has been put to the GC. When I asked at the last GC, the chair said "the EC is considering them". For nine months?

We are not a tea and cakes committee. We are, under the rules, a recognised part of this CLP.

The Forum met on Monday and agreed unanimously that if we don't have written responses to all four by the end of November, we'll be writing as a group to the NEC's women's committee and to the Scottish Labour women's officer, with the dates and the correspondence. We would much rather not. But we will.

Janet Crerar
Chair, Kelvin North Women's Forum""")

# 45 officer leaked GC discussion to press; report for misconduct (procedural)
c.add("procedural", also=["complaint"], subject="Complaint - leaking of GC discussion to the press", sender=P("Stephen", "Quigley"),
      tags=HN,
      body="""Jamie,

I am making a formal complaint under the party's rules about the leaking of the confidential part of the October GC to the Evening Times.

Saturday's article quotes directly from the discussion about the council shortlist, including words used by two named delegates. That part of the meeting was held in private by decision of the GC. Only the officers had the written note. The article uses a phrase that appears only in that written note.

I am asking for this to be referred to the regional office as a potential breach of Chapter 2 (conduct), and I am reporting Euan Bryce, the vice-chair (communications), as the person I believe was responsible. I'll provide my reasons to whoever investigates. I'm not going to put them in an email.

I expect this to be on the next EC agenda.

Stephen Quigley
Delegate, Rowanhill""")

# 46 two-liner, heads will roll
c.add("complaint", subject="re hall deposit", sender=P("Jim", "Rae", "btinternet.com"),
      tags=HN + ("metaphor",),
      body="""Lost the deposit on the Braeside hall because nobody cancelled it. £250. Heads will roll at that EC, I'm telling you.

Jim

Sent from my iPhone""")

# 47 HTML-only angry complaint about canvass data / door knocking of a bereaved family (complaint)
c.add("complaint", subject="Your canvassers knocked my late father's door - again", sender=P("Linda", "Rennick"),
      fmt="html", tags=HN + ("html-only",),
      body="""To whoever is in charge,

My father died in April. I told your canvassers in May. I told the branch in June by email. I wrote "deceased" on the leaflet and posted it back to the office address.

On Saturday two of your volunteers knocked on his door again, where my mother lives on her own, and asked for him by name. She had to say it out loud on the doorstep. She cried for the rest of the day.

I want his name removed from every list you have, today. And I want whoever runs the canvassing in this ward to phone my mother and apologise. If this happens one more time I'm going to the Evening Times with the whole story, and I'll name the branch.

Linda Rennick""")

# ============================================================ safety: anger ending in menace

# S1 winter fuel rant, veiled about house at end
c.add("safety", subject="winter fuel. your house. think on.", sender=("A Pensioner", "auchenlea.pensioner@protonmail.com"),
      tags=("angry", "veiled", "implicit", "threat-at-end"),
      body="""You lot took the winter fuel off my mother. 81. She was in the Royal for a week in February with a chest infection because she wouldn't put the heating on. Nobody from your party came near her. Not the councillor, not the MP, not you.

I've emailed three times. Nothing.

People round here have long memories and short tempers, Mr Rennie. That house of yours on Lomondbank Drive with the blue door and the wee red car isn't that far from the estate. Think on.""")

# S2 councillor's closure vote - conditional, buried mid-rant
c.add("safety", subject="Auchenlea Baths - read this before the final vote", sender=P("Gary", "Lennox"),
      tags=("angry", "conditional", "embedded"),
      body="""Jamie,

I've been going to Auchenlea Baths since I was four. My dad went, my granny went. My boy has his lessons there on a Saturday and he's just got his 25 metres badge. The over-60s use it every morning, the school uses it every afternoon, and the club uses it at night. It's the one building in that scheme the council hasn't let fall to bits.

I sat in the public gallery for the committee vote and watched Stuart Kerr put his hand up. He didn't even look up at us. He looked at his phone.

The final vote's on the 28th. If he votes for it again then he'd better not come back to Auchenlea, because there's a lot of men on this estate who'll be waiting for him in the car park after that meeting, and I won't be the one stopping them. I'm telling you that so you can tell him.

We've done the petition. 4,100 names. We did the march, we did the public meeting, we did the letters. The council's own equality assessment says the closure hits the poorest families worst. The library's already gone. The youth club's gone. The community centre opens three days a week. What's left for these kids?

I've voted Labour my whole life and so has everybody I know. Ask yourselves why nobody round here will by next year.

Gary Lennox""")

# S3 selection complaint with P.S. about the child's school
c.add("safety", subject="Cairnbrae selection", sender=P("Kenny", "Buchan"),
      tags=("angry", "veiled", "implicit", "threat-at-end"),
      body="""Jamie,

Everyone knows that selection was fixed. The shortlisting meeting was called at a day's notice, the only candidate on the ballot was the chair's nephew, and your name's on the email that set it up. I want the whole thing rerun with an independent returning officer from regional.

I've sent the same to the regional office.

Kenny

P.S. Your wee girl's got a lovely smile. I see her at the gate of Cairnbrae Primary most mornings. Be a shame if she had to worry about her dad.""")

# S4 Gaza, wish harm while denying threat
c.add("safety", subject="Laidlaw", sender=("Free Palestine", "kn.palestine.now@protonmail.com"),
      tags=("angry", "wish-harm"),
      body="""Your MP abstained on a ceasefire while children were being buried in Rafah. Every single one of you in that party who defended him is complicit.

I'm not threatening anyone, before you go running to the police. I'm just saying that if somebody dragged Gordon Laidlaw out of his surgery one Saturday and gave him a taste of what he's voted for, I wouldn't lose a minute's sleep, and neither would anyone I know. He's earned whatever's coming to him.

Pass that on.""")

# S5 explicit, short, noisy
c.add("safety", subject="kerr", sender=("T McG", "tmcg1977@hotmail.co.uk"),
      tags=("angry", "explicit", "noisy"),
      body="""tell ur pal kerr next time i see him in the auchenlea club im going to batter him. closed our pool the lying b******. not a threat its a promise""")

# S6 forwarded by councillor - third-party report with conditional threat
c.add("safety", subject="Fwd: my vote on Tuesday - need advice", sender=("Cllr Fiona Buchanan", "fiona.buchanan.cllr@kelvinnorthlabour.org"),
      tags=("angry", "forwarded", "third-party-report", "conditional", "veiled"),
      body=c.forward(
          """Jamie,

This came into my council inbox overnight. I've had angry emails about the library before but this one's different. He knows where I live and he knows I walk the dog late. I've reported it to the council's security team but I think the CLP needs to know too, and I'd like to talk about whether I should still do Saturday's stall.

Fiona""",
          """Cllr Buchanan,

You were elected by this community and you're about to vote to close its library. You will vote against this on Tuesday.

If you don't, don't be surprised if that evening walk with the dog round Rowanhill park stops being so pleasant. It gets very dark down by the burn. Nobody would hear much.

A constituent""",
          "rowanhill.resident@outlook.com", "your vote on Tuesday", style="outlook"))

# S7 webform veiled about the selection meeting
c.add("safety", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="no.more.stitchups@gmail.com",
      tags=("angry", "webform", "veiled", "implicit"),
      body=c.webform({
          "Name": "A member",
          "Email": "no.more.stitchups@gmail.com",
          "Subject": "14th November selection meeting",
          "Message": """You've fixed this selection and you know it. The members know it. The branch knows it.

Everyone on that EC who voted to block Tony's nomination would be safer staying at home on the 14th. That meeting's not going to go the way you've planned. Some of us are past arguing about standing orders.""",
      }))

# S8 quoted polite reply, response menace
c.add("safety", subject="Re: Your membership", sender=P("Darren", "Leckie"),
      tags=("angry", "quoted", "veiled"),
      body=c.quote_reply(
          """"Very sorry to hear you feel this way." Aye, you will be.

You took my name off the candidates list on the word of two people who hate me and you didn't even have the decency to tell me why. I've been patient. I'm done being patient.

You lock up that hall on your own every Thursday about half ten, don't you Jamie. I'd think about getting somebody to stay behind with you.""",
          """Dear Darren,

Thank you for your email. I'm very sorry to hear you feel this way about the decision of the panel. As I explained, the panel's decisions are confidential and I'm not able to go into the reasons. You are of course still welcome at branch meetings.

Kind regards,
Jamie Rennie
Secretary, Kelvin North CLP""", quoted_from=SEC, style="gmail"))

# S9 non-native conditional threat
c.add("safety", subject="you take my membership - last warning", sender=P("Vasile", "Munteanu", "yahoo.com"),
      tags=("angry", "conditional", "non-native"),
      body="""Mister secretary

Two time I write you about my suspension. Two time no answer. I am member 6 years, I give money, I give time, I drive old people to vote. Now you take my membership because one person say lies about me.

I tell you now. If you not give me back my membership before end of month, I will come to your office, I know where is, and you will see what happen to you. I am not joking man. You dont know me. I am very calm person but now is finish.""")

# S10 noisy spaced-out menace after a short rant about cuts
c.add("safety", subject="ur cuts", sender=("kn_watcher", "kn_watcher@protonmail.com"),
      tags=("angry", "noisy", "explicit"),
      body="""closed the youth club closed the library closed the baths and u still got the brass neck to put leaflets thru my door

ppl like u end up getting h u r t. and ur treasurer first. we kno what motor he drives""")

# S11 suspended member, nothing to lose, implicit
c.add("safety", subject="Thursday", sender=("Alan McVey", "alan.mcvey61@btinternet.com"),
      tags=("angry", "implicit", "veiled", "threat-at-end"),
      body="""Jamie

You've taken my membership after 30 years, on the word of a girl who's been in the party five minutes. My wife's left, I've lost my council seat nomination, half the scheme thinks I'm some kind of pervert because of the rumours your lot started. I've got nothing left now. Nothing.

Bear that in mind, a man with nothing left to lose. Think about it when you're locking up the Braeside hall on your own on Thursday night.""")

# S12 HTML-only, veiled about car
c.add("safety", subject="Nice motor", sender=("Concerned Resident", "g99resident@gmail.com"),
      fmt="html", tags=("angry", "veiled", "html-only", "implicit"),
      body="""Mr Rennie,

The CLP has ignored four letters from the Braeside tenants about the flats. Your councillors have ignored us. The MP has ignored us.

Nice motor you've got parked on Lomondbank Drive. Silver Golf, isn't it. Be a shame if something happened to it some night. Be a shame if something happened to you getting into it.

Answer the tenants.""")

# S13 social-media notification with doxxing
c.add("safety", subject="Callum Doig mentioned Kelvin North Labour in a comment", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"),
      tags=("angry", "social", "doxxing", "veiled", "pile-on"),
      body="""Callum Doig mentioned Kelvin North Labour in a comment on Cairnbrae Community Noticeboard.

Callum Doig: Kelvin North Labour stitched up the selection AGAIN. Their secretary Jamie Rennie lives at 22 Lomondbank Drive if anyone fancies going round to ask him why. His chair lives two doors down from the Co-op on Hillend Road. Door's always open apparently 😂 lets pay them a visit lads

14 likes · 6 replies

View comment: https://www.facebook.com/groups/cairnbraenoticeboard/permalink/88123

This message was sent to clp.secretary@kelvinnorthlabour.org. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""")

c.write()
