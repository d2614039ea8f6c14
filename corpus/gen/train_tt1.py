"""train/tt1: threats buried in routine party business, and routine business with strong
but harmless endings (Ashbourne & Dale CLP). All content hand-written.

20 safety messages (the threat sits at the end, in a P.S., in the middle or in a signature of
an otherwise ordinary motion, apology, nomination, booking, query...) and 20 hard negatives of
the same shapes whose strong ending is anger, an ultimatum, a complaint or an idiom."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tt1", seed=5601)
P = c.person

# ===================================================================== safety (20)

# 1 GC motion, proposer/seconder; threat on the last line (car, routine)
c.add("safety", subject="Motion for November GC - rural bus services",
      sender=P("Trevor", "Ollerenshaw", "btinternet.com"),
      tags=("embedded", "veiled", "implicit", "threat-at-end"),
      body="""Helen,

Please find below a motion from Bonsall Dale branch for the November GC. It was carried at our branch meeting on the 14th, 9 for, 1 abstention.

"This CLP notes that Derbyshire County Council has withdrawn the 172 and 173 services, leaving four villages in the Dales with no bus after 6pm. This CLP calls on our county councillors to oppose any further cuts and asks the Secretary to write to the Cabinet Member for Transport."

Proposer: Trevor Ollerenshaw
Seconder: Pauline Shirt

We'd like ten minutes on the agenda if possible, Pauline has figures from the parish survey.

One more thing. Cllr Hawley leaves that blue Astra outside the Fox and Hounds every Thursday from about eight till closing. Very easy car to spot. It'd be a shame if it wasn't in one piece when he came out, given how he voted on the 172.

Trevor""")

# 2 apologies; P.S. about the MP's child and the school bus
c.add("safety", subject="Apologies - EC Tuesday", sender=P("Gail", "Brindley"),
      tags=("embedded", "veiled", "implicit", "children", "threat-in-ps"),
      body="""Hi Helen

Apologies from me for Tuesday's EC, I'm on lates all week at the Whitworth. Could you send the papers on and I'll comment by email on the budget item.

Gail

P.S. Saw Joanna's eldest getting off the school bus at Darley Bridge on Wednesday, the 3.40 one. Small world round here isn't it. She might want to have a think about whose side she's on over the quarry before she gets any more local.""")

# 3 nomination form with a threatening middle paragraph about the chair
c.add("safety", subject="Nomination - Branch Secretary, Hartle Moor",
      sender=P("Stuart", "Beresford"),
      tags=("embedded", "veiled", "implicit", "home-address", "threat-in-middle"),
      body="""Dear Helen,

I would like to nominate Denise Grundy for the position of Branch Secretary of Hartle Moor branch at the AGM on 3rd December. Denise has agreed to stand and has been a member for six years. Her membership number is L1183207.

I understand there's been some talk about whether the nomination was in time. For the record I put the form in the box at the Institute on the Friday before the deadline and Graham Tolley was standing right there. If Graham decides to "lose" it like he lost Pete's last year, he should bear in mind that plenty of people in Hartle know which house is his now, the one with the caravan on the drive, and not all of them are as patient as me.

Seconded by Margaret Spencer (L0994412).

Many thanks for your help with this, I know you're very busy.

Stuart Beresford""")

# 4 minutes correction; conditional threat to the secretary at home on the last line
c.add("safety", subject="Correction to minutes of GC 9th October item 6",
      sender=P("Keith", "Slack"),
      tags=("embedded", "conditional", "explicit", "home-address", "threat-at-end"),
      body="""Helen

The draft minutes of the GC on 9 October, item 6 (Housing), record me as saying the affordable homes at Cromford Road "should go to local people first". That is not what I said. I said local connection should be one criterion among several, as in the county's own allocations policy. Please amend before the minutes are approved.

Item 8: Sunita Varma's apologies are missing, she sent them to the chair.

And for the avoidance of doubt. If the minutes go out again with words put in my mouth, I'll come round to Mill Lane and we'll sort it out on your doorstep, no minute-taker required.

Keith Slack""")

# 5 room booking; veiled threat against members organising a Palestine event
c.add("safety", subject="Booking the Millend Institute 22 Nov", sender=P("Carol", "Wheeldon"),
      tags=("embedded", "veiled", "implicit", "threat-at-end"),
      body="""Hello,

I'm the booking secretary at Millend Institute. I've had a request to book the small hall on Saturday 22nd November, 2pm-5pm, for a "Labour Friends of Palestine information afternoon", contact name given as your CLP. Can you confirm the booking is genuinely yours and who will hold the key? The rate is £18 an hour, invoice to the CLP treasurer.

Our insurance needs the name of a responsible person over 18 present throughout.

Separately, and I'm saying this as a friend, not as the booking secretary. That hall has a lot of big windows onto the lane, and there are people in this village who won't take kindly to that sort of meeting. The people organising it should know that names have been going round the Lamb and some of those lads don't just write letters.

Regards
Carol Wheeldon
Booking Secretary, Millend Institute""")

# 6 membership fee query; last line aimed at a councillor's surgery
c.add("safety", subject="reduced rate membership", sender=P("Derek", "Gratton"),
      tags=("embedded", "veiled", "implicit", "routine", "threat-at-end"),
      body="""Hello, I've just retired from the council and my pension is less than I was earning. Can I go on to the reduced rate for membership and do I do that myself on the website or do you do it? My number is L0871254 I think.

Thanks.

Oh and you can tell that Varma woman she won't look so pleased with herself when she finds someone waiting by her car after the surgery at the library next week.""")

# 7 leaflet rota reply; veiled threat to the candidate's mother
c.add("safety", subject="Re: Leaflet rota - Ravensdale", sender=P("Ken", "Marriott"),
      tags=("embedded", "veiled", "implicit", "family", "quoted", "threat-at-end"),
      body=c.quote_reply(
          """Put me down for Ravensdale Road and the bottom of Quarry Bank, Sunday afternoon.

Number 14 Ravensdale is the candidate's mum's isn't it. I'll make sure she gets a little something extra through the letterbox, something she'll remember. Maybe then her daughter will think twice about standing.""",
          """Hi all,

The new rota for the Ravensdale leaflet (Focus on Ravensdale, autumn edition) is below. Please reply with the roads you can take. Leaflets are in the porch at 6 Hurst Close, bundles are labelled.

Ravensdale Road - ?
Quarry Bank - ?
Hurst Close & Tor View - Sue
Chapel Street - Arif

Thanks, Helen""", quoted_from="Helen Pryce <secretary@ashbournedalelabour.org.uk>"))

# 8 urgent venue change tonight + a warning to a councillor
c.add("safety", also=["urgent"], subject="TONIGHT - branch meeting moved to cricket club",
      sender=P("Lynne", "Hadfield"),
      tags=("embedded", "veiled", "implicit", "routine", "threat-in-middle"),
      body="""Helen - the Methodist hall has a burst pipe, caretaker rang at 4. Tonight's Darley branch meeting will be at the Cricket Club pavilion instead, same time 7.30. Can you email everyone on the branch list, I don't have it at home. I'll put a note on the chapel door.

Also pass on to Sunita. The posters she put up about the traveller site have been noticed by people who don't forget. She'd be wise to take a different way home from the surgery for a while and not walk past the Feathers on her own. That's all I'm saying.

Agenda as circulated. Thanks, L""")

# 9 data-protection request with a threat of a visit at the end
c.add("safety", also=["data-protection"], subject="remove me", sender=P("Roy", "Pegg"),
      tags=("embedded", "conditional", "explicit", "dp-no-legal-words", "threat-at-end"),
      body="""Take me off your mailing list, your phone list and whatever else you've got me on. I left the party in 2019 and I've had three texts this month about "your local Labour team". Delete the lot.

If I get one more of your leaflets through my door I'll find out which of you put it there and pay them a visit. I know most of your faces from the market stall on a Saturday.

R Pegg""")

# 10 reply to the newsletter: the candidate's house recognised (doxxing, no violent verb)
c.add("safety", subject="Re: Dales Rose - November newsletter", sender=P("Gordon", "Hibbert"),
      tags=("embedded", "implicit", "veiled", "home-address", "newsletter-reply", "threat-at-end"),
      body="""Got your newsletter. Interesting piece on the new county candidate.

Lovely photo of her in front of the house as well, I recognised the street straight away. Green door, bins round the side, little one's bike by the gate. Nice and quiet up there at night isn't it. Tell her we'll be seeing her.""")

# 11 amendment with wish-harm P.S.
c.add("safety", subject="Amendment to Motion 3 (Wirksdale surgery closure)",
      sender=P("Moira", "Kirkland"),
      tags=("embedded", "wish-harm", "threat-in-ps"),
      body="""Dear Secretary,

Hartle Moor branch submits the following amendment to Motion 3 on the agenda for the GC:

Delete "notes with regret" and insert "condemns".
At the end add: "and calls on our MP to request an urgent meeting with the ICB before 1 January."

Proposed: Moira Kirkland
Seconded: Adeel Hussain

Yours,
Moira Kirkland
Branch Chair, Hartle Moor

PS. I'm not saying anybody should lay a finger on Graham, but if he went head first down those stone steps at the Institute after the GC I can't say there'd be many at the funeral. Just saying what everyone's thinking.""")

# 12 AGM delegate nomination; veiled menace about non-members coming to the AGM
c.add("safety", subject="Delegate nominations for AGM", sender=P("Phil", "Brocklehurst"),
      tags=("embedded", "veiled", "implicit", "coming-date", "threat-in-middle"),
      body="""Helen,

Nominations for GC delegates from Tissington Road branch:

1. Phil Brocklehurst
2. Janice Brocklehurst
3. Olu Adebayo

All three are in good standing, I checked on Membersnet this morning.

There'll be a few lads at the AGM on the 3rd who aren't members, and they won't be there for the sausage rolls. I'd tell Tolley to bring someone to walk him to his car afterwards, if he's got any friends left.

Can we have the papers by the Friday before please, last year they came on the day.

Phil""")

# 13 canvassing query; a promise to follow canvassers and photograph their cars
c.add("safety", subject="canvassing Saturday", sender=P("Craig", "Lomas"),
      tags=("embedded", "following", "harassment", "threat-at-end"),
      body="""What time are your lot canvassing on the Peakview estate Saturday and where do you meet? Asking because a few of us will be there too.

We'll be walking behind your canvassers the whole way round, taking photos of every one of them and their number plates. Put them on the group after. Let's see how keen they are to come back once their faces are everywhere and people know what they drive.""")

# 14 web form: joining a branch; threat in the last line of the message field
c.add("safety", subject="New submission: Get involved", sender=c.form_robot(),
      reply_to=("Wayne Bagshaw", "wbagshaw77@outlook.com"),
      tags=("embedded", "webform", "veiled", "implicit", "home-address", "threat-at-end"),
      body=c.webform({
          "Name": "Wayne Bagshaw",
          "Email": "wbagshaw77@outlook.com",
          "Postcode": "DE4 3QP",
          "I'm interested in": "Joining a local branch",
          "Message": "Which branch covers Cromford? My partner wants to join, she's been a member in Sheffield. Also tell Joanna Reddish that the office on Church Walk isn't the only address we've got for her, so she can stop hiding behind her staff.",
      }, form="Get involved"))

# 15 quoted reply about the treasurer's report; threat at the end aimed at the secretary
c.add("safety", subject="Re: Treasurer's report - query on branch allocations",
      sender=P("Brian", "Haslam"),
      tags=("embedded", "quoted", "veiled", "implicit", "threat-at-end"),
      body=c.quote_reply(
          """Helen,

Thanks for the figures. So Ravensdale gets £150 and Hartle Moor gets £400 because they "have more members". We have the council estate and the only ward we could lose in May. It's not right and I'll be saying so at the GC.

I'd stay off the Ravensdale estate for a bit if I were you Helen. There are people down here who blame you personally for this and they're not the sort who write emails.

Brian""",
          """Dear Brian,

The branch allocations for 2027 were set by the EC on 2 October on the basis of membership numbers at 30 September, as in previous years. The figures are attached. If the branch wishes to propose a different formula it can submit a motion to the GC.

Best wishes,
Helen Pryce
Secretary""", quoted_from="Helen Pryce <secretary@ashbournedalelabour.org.uk>", style="gmail"))

# 16 forwarded Facebook message: planning objection ending with a threat to the councillor
c.add("safety", subject="Fwd: message on the branch page - Hurst Farm",
      sender=P("Arif", "Chaudhry"),
      tags=("embedded", "forwarded", "third-party-report", "social", "conditional", "threat-at-end"),
      body=c.forward(
          """Helen, this came in on the Darley branch Facebook page overnight. Most of it is just the usual about Hurst Farm but look at the end. Do we pass it to the police or to the region first? Pete doesn't know yet.

Arif""",
          """I've lived on Hurst Lane 31 years and I've objected to this development three times. The access is onto a single track lane with no pavement, the drainage report is a joke and the school is already full. Your Councillor Hawley sat on the planning committee and voted it through without so much as a question. Didn't even read our letters.

Pass this on to him. If he turns up at the parish meeting on the 19th he won't be leaving the way he came in. We know what time he gets home and we know the lane's dark.""",
          "Darren Walls (via Facebook)", "New message to Darley Labour Branch"))

# 17 HTML-only: fundraising quiz ticket query; menace in the car park
c.add("safety", subject="Quiz night tickets", sender=P("Sharon", "Cope"), fmt="html",
      tags=("embedded", "html-only", "veiled", "implicit", "threat-at-end"),
      body="""Hi there

Are there still tickets for the quiz on the 28th at the Bowling Club? We'd like a table of six. Is it cash on the door or do we pay beforehand, and is there food?

Could you put Cllr Hawley's table near the exit please. He'll want a quick way out once a few of us have had a quiet word with him in the car park about the allotments.

Sharon""")

# 18 noisy: apologies + foodbank question, conditional threat at the end
c.add("safety", subject="cant make it", sender=P("Darren", "Twigg"),
      tags=("embedded", "noisy", "conditional", "family", "threat-at-end"),
      body="""hi helen cant make branch meetin thurs got the kids. is the foodbank colection still at the co op sat or has it moved i got 2 bags of tins for it

an if that councilor dont back off the allotmnt sale ther will be trouble for him an his missus proper trouble not just words this time

daz""")

# 19 non-native (Polish): membership card query, middle paragraph reports a brother's intention
c.add("safety", subject="Membership card and problem", sender=P("Tomasz", "Wrobel"),
      tags=("embedded", "non-native", "third-party-report", "home-address", "threat-in-middle"),
      body="""Dear Madam,

I join the Labour Party in August but I still not have my card, only the email. Is the card still send by post or only on the app now? My address is 4 Tor View, Wirksdale.

Also I must tell you something. Councillor Hawley at the meeting about the HMOs said things about Polish people which was very insulting. My brother Marek was there. He is very angry and he says he will wait for Hawley after next meeting and teach him respect. He knows where is his house because he did the roof for his neighbour. I tell him no, stop, but he don't listen me. I think you must know.

Also can I come to the branch meeting if I don't have card yet?

Thank you
Tomasz Wrobel""")

# 20 long branch report to the GC; the final item reports an anonymous note through a door
c.add("safety", subject="Darley Bridge branch report for GC", sender=P("Janet", "Furness"),
      tags=("embedded", "third-party-report", "implicit", "home-address", "long", "threat-at-end"),
      body="""Dear Helen,

Darley Bridge branch report for the November GC.

Meetings: We met on 2 October (14 present) and 6 November (11 present). Guest speaker in October was Cllr Sunita Varma on the county's SEND transport review, which went down very well and led to three new people offering to help.

Campaigning: We have delivered the autumn Rose to all 2,300 households in Darley Bridge and Two Dales. Thanks to Arif and Sue, who did most of Two Dales between them. We held two canvassing sessions (contact rate 31% and 27%). The main doorstep issues are the 172 bus, the surgery closure at Wirksdale and the state of the A6 after the landslip. Reform leaflets have started appearing on the Peakview side.

Membership: 87 members, up 3 on last quarter. Five in arrears; I have phoned four of them.

Finance: balance £412.60. We raised £146 at the coffee morning.

Social: Christmas social at the Square and Compass on 13 December, all welcome.

Motions: we submitted the rural bus motion jointly with Bonsall Dale.

One final matter, which the branch asked me to put on record and ask the EC's advice about. Our branch secretary, Val Hind, had a note put through her door last week, unsigned, which said only: "We see your light on till late every night. Be careful who you knock for." She has not reported it to the police because she does not want a fuss, but she is on her own and it has shaken her. What does the CLP advise?

Janet Furness
Branch Chair, Darley Bridge""")

# ===================================================================== hard negatives (20)

# 21 GC motion; resignation ultimatum at the end
c.add("procedural", subject="Motion on winter fuel payment for December GC",
      sender=P("Alan", "Greatorex"),
      tags=("hard-negative", "angry", "ultimatum", "resignation"),
      body="""Helen,

Motion from Tissington Road branch for the December GC:

"This CLP believes that the means-testing of the winter fuel payment has caused real hardship to pensioners in the Dales, where heating oil costs are among the highest in the country. This CLP calls on Joanna Reddish MP to press the Chancellor for a rural heating supplement and to report back to the GC."

Proposer: Alan Greatorex
Seconder: Rita Greatorex

I'll say this now so nobody's surprised. If the EC rules this out of order again, like they did in July, I'll be handing my card back the next morning. Forty years and I'm done.

Alan""")

# 22 apologies; metaphor at the end
c.add("procedural", subject="apologies", sender=P("Nicola", "Slater"),
      tags=("hard-negative", "metaphor"),
      body="""Apologies for Thursday please Helen, parents' evening.

Honestly, three meetings a month about standing orders and not one about the doors. It's killing this branch slowly.

Nic""")

# 23 minutes correction; escalation to regional office
c.add("procedural", also=["complaint"], subject="Minutes of AGM - inaccuracies",
      sender=P("Gillian", "Moorcroft"),
      tags=("hard-negative", "angry", "escalation"),
      body="""Dear Helen,

I'm writing to ask for two corrections to the draft minutes of the branch AGM:

- Item 4: the vote for Branch Treasurer was 12-10, not 12-8. Two votes cast by members who arrived after the roll call were counted and should not have been, and I objected at the time. My objection is not recorded.
- Item 7: the motion on the surgery was carried, not "referred back".

This is the second set of minutes this year that doesn't match what happened. If they're approved as drafted I'll be writing to the regional office with my own notes and asking them to look at how this branch records its business.

Regards,
Gillian Moorcroft""")

# 24 vote of no confidence motion
c.add("procedural", subject="Motion of no confidence in the CLP Chair",
      sender=P("Robert", "Fearn"),
      tags=("hard-negative", "no-confidence", "angry"),
      body="""To the CLP Secretary

Under rule C.III.4, we give notice of the following motion for the next GC:

"This General Committee has no confidence in the Chair, Graham Tolley, owing to his repeated refusal to allow motions from branches to be heard, his conduct at the October GC, and his failure to call the AGM within the timescale set by the rules. The GC calls on him to stand down with immediate effect."

Proposer: Robert Fearn (Hartle Moor)
Seconder: Jasmine Oduya (Darley Bridge)

We have the support of four branches. We'd ask that this is taken as the first item of substantive business, not tucked in at ten to ten.

Robert Fearn""")

# 25 room booking query; "murder" about the heating
c.add("query", subject="Which room at the Institute?", sender=P("Hazel", "Toplis"),
      tags=("hard-negative", "benign-violent-word"),
      body="""Hi Helen, for the women's forum on the 12th, have we got the small hall or the committee room? The committee room heating is murder in winter, we were all in coats last February. If it's that one, can I bring a couple of heaters from home or is that against their rules?

Hazel""")

# 26 membership fee query; exasperated ending
c.add("query", also=["complaint"], subject="Why has my direct debit gone up?",
      sender=P("Mike", "Redfern"),
      tags=("hard-negative", "angry"),
      body="""Hello,

My direct debit to the party has gone from £4.54 to £5.71 with no warning. I'm on the standard rate and as far as I know it hasn't changed. Is this a mistake or has the rate gone up? And if it's gone up, when was that decided?

£5.71 a month to be ignored by the leadership. I could scream.

Mike Redfern""")

# 27 leaflet rota volunteer; "knock 'em dead"
c.add("query", subject="Re: Leaflet rota - Ravensdale", sender=P("Sue", "Ashby"),
      tags=("hard-negative", "benign-violent-word", "quoted"),
      body=c.quote_reply(
          """I'll take Ravensdale Road and Quarry Bank Sunday, and I'll hit Tor View too while I'm there if Arif hasn't. Do you want the spare ones back or shall I keep them for the by-election?

My grandson is coming with me, he wants to "knock 'em dead" with his first leaflet round. He's eleven, is that OK?""",
          """The new rota for the Ravensdale leaflet is below. Please reply with the roads you can take.

Ravensdale Road - ?
Quarry Bank - ?
Hurst Close & Tor View - Sue
Chapel Street - Arif""", quoted_from="Helen Pryce <secretary@ashbournedalelabour.org.uk>", style="bottom"))

# 28 urgent venue change tonight; "we'll freeze to death"
c.add("urgent", subject="EC tonight - boiler's dead, moving to my house",
      sender=P("Wendy", "Ashworth"),
      tags=("hard-negative", "benign-violent-word", "venue-change"),
      body="""Helen - the church hall boiler has packed up and it's 4 degrees out, we'd freeze to death in there. EC tonight at mine instead, 17 Bakewell Road, 7pm, parking on the road. Can you let everyone know? I've texted Graham. Kettle will be on.

Wendy""")

# 29 data-protection: how did you get my number; ICO and the press
c.add("data-protection", subject="How did you get my mobile number",
      sender=P("Lorraine", "Bunting"),
      tags=("hard-negative", "legal-threat", "angry", "dp-no-legal-words"),
      body="""I've had four texts from "Joanna and your local Labour team" this week. I have never given my number to the Labour Party. I want to know where you got it from, what else you have on me, and I want it deleted.

If I get one more text I'm going to the Information Commissioner and to the Matlock Mercury. I'm sure they'd love a story about a party that harvests people's numbers.

L. Bunting""")

# 30 selection complaint; will stand against her
c.add("complaint", subject="County selection for Bonsall & Darley",
      sender=P("Andrew", "Mellor"),
      tags=("hard-negative", "angry", "selection"),
      body="""Helen,

I've just found out that the shortlisting for the Bonsall & Darley county division happened last Wednesday, with one name on the list. Nobody in Bonsall Dale branch was told the panel was meeting. I applied in September and got an acknowledgement and nothing since.

This is a stitch-up and everyone knows it. When the selection reopens, which it will once I've been to the region, I'll be standing against her, and I'll win, because I actually knock doors here.

Andrew Mellor""")

# 31 complaint about the AGM process; "heads should roll"
c.add("complaint", subject="The AGM shambles", sender=P("Pat", "Stubbs"),
      tags=("hard-negative", "metaphor", "angry"),
      body="""What a shambles last night. Papers handed out at the door, nobody knew which branch they were counting for, two ballots for the same post, and we finished at 10.40 with the caretaker flicking the lights.

I've been going to CLP AGMs for thirty years and that was the worst. Heads should roll for it, starting with whoever decided we didn't need a returning officer. I'll be putting a motion to the next GC.

Pat Stubbs""")

# 32 condolence with dark humour
c.add("other", subject="Maureen", sender=P("Eric", "Allsop", "aol.com"),
      tags=("hard-negative", "dark-humour", "condolence"),
      body="""Dear Helen,

Just to let the CLP know that Maureen Goodall died on Sunday in the Royal, aged 88. She was a member for 61 years and delivered leaflets in Bonsall until she was 85.

The funeral is at St James's on the 4th at 11. She asked for red flowers and no hymns, and said she'd come back and haunt anybody who turned up in a blue tie. Knowing her, she meant it.

Eric Allsop""")

# 33 report of leaflet theft already dealt with by police
c.add("other", subject="The leaflet boxes - sorted", sender=P("Sue", "Ashby"),
      tags=("hard-negative", "police-dealt"),
      body="""Hi Helen, just for your records. The two boxes of Roses that went missing from my porch last month - PCSO Hardy came round yesterday. It was two lads from Quarry Bank, 13 and 14, who thought it'd be a laugh to use them for a bonfire. Their mums have been round to apologise and paid for a reprint. Police are taking no further action and neither do we need to. All done.

Sue""")

# 34 query about the count; "go for the jugular"
c.add("query", subject="count on friday", sender=P("Kwame", "Asante"),
      tags=("hard-negative", "metaphor"),
      body="""Hi, what time does the count start at the Leisure Centre on Friday and do I need a pass from the agent to get in? I've never been to one.

Can't wait, if we take Darley West I'm going for the jugular on the Lib Dem leaflets in the next Rose, they've been lying about the bus for a year.

Kwame""")

# 35 complaint; going to the press
c.add("complaint", subject="Surgery closure - we are being ignored",
      sender=P("Heather", "Boden"),
      tags=("hard-negative", "angry", "press-threat", "ignored"),
      body="""Dear Helen,

I have written three times to Joanna's office about the Wirksdale surgery closure and had one automated reply. 4,000 patients will have to get two buses to Matlock. I'm 79 and I don't drive.

If I don't hear from her by the end of the month I'm taking my letters to the Derbyshire Times and to Radio Derby. People should know how their Labour MP treats the people who put her there.

Heather Boden""")

# 36 nomination for women's officer; "fight like a tiger"
c.add("procedural", subject="Nomination - CLP Women's Officer", sender=P("Bev", "Hulme"),
      tags=("hard-negative", "metaphor", "nomination"),
      body="""Dear Helen,

Ravensdale branch nominates Jasmine Oduya for the post of CLP Women's Officer.

Jasmine has run the women's forum informally for eighteen months, organised the period poverty collection at four schools, and she'll fight like a tiger for every woman in this CLP. We couldn't have a better officer.

Proposer: Bev Hulme
Seconder: Ann Toft

Bev""")

# 37 newsletter reply; "looks like she wants to murder the photographer"
c.add("other", subject="Re: Dales Rose - November newsletter", sender=P("Doreen", "Pilkington"),
      tags=("hard-negative", "benign-violent-word", "newsletter-reply"),
      body="""Lovely newsletter, thank you, I read every word. The picture of Joanna at the Co-op made me laugh out loud, she looks like she wants to murder whoever was holding the camera. Give her my best.

I'll drop my £10 for the raffle off at the Institute on Saturday.

Doreen""")

# 38 amendment; will vote against the whole motion
c.add("procedural", subject="Amendment to the housing motion", sender=P("Neil", "Wragg"),
      tags=("hard-negative", "ultimatum", "angry"),
      body="""Helen,

Amendment from Bonsall Dale to Motion 2 (housing):

In paragraph 3, delete "supports the proposed development at Hurst Farm" and insert "calls for the Hurst Farm application to be deferred until the drainage survey is complete".

Proposer: Neil Wragg. Seconder: Trevor Ollerenshaw.

If paragraph 3 stays as it is, Bonsall Dale will vote against the whole motion and say why in the Mercury. Three families up Hurst Lane had sewage in their kitchens last winter.

Neil""")

# 39 urgent: press deadline this afternoon; "crucify us"
c.add("urgent", subject="Mercury want a quote by 4pm - A6 closure",
      sender=P("Rachel", "Tunnicliffe"),
      tags=("hard-negative", "metaphor", "press-deadline"),
      body="""Helen, the Mercury rang - Jo Danby is running the A6 landslip story tomorrow and wants a line from the CLP by 4pm today. The council has blamed the government, the Tories have blamed the council. If we say nothing they'll crucify us in the comments.

Suggested: "Every day the A6 stays shut costs Dales businesses and families. We are calling on the County to publish a reopening date this week." Can you or Graham sign it off in the next hour?

Rachel""")

# 40 query about safety training for candidates (news about threats)
c.add("query", subject="Candidate safety - is there training?", sender=P("Anjali", "Mistry"),
      tags=("hard-negative", "news-about-threats"),
      body="""Hi Helen,

I read the piece in the Guardian this week about the rise in threats to MPs and councillors, and the figure that one in three candidates at the last locals had some kind of abuse. I'm on the panel for Darley West in May and my partner is understandably a bit nervous.

Does the CLP or the region run any personal safety training for council candidates? And is there any guidance about not putting home addresses on nomination papers? I know that changed a few years ago but I'm not sure how it works.

Thanks,
Anjali""")

c.write()
