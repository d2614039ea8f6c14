# train / ta6 -- hard negatives (class 5) for the safety category (Hatherley CLP).
# Near-threat vocabulary and heat, but to a careful reader not threats. All people invented.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ta6", seed=1106)
SEC = c.secretary()
SECF = SEC[0].split()[0]
MP = "daniel.ashworth.mp@parliament.uk"

# 1 "consider this a warning" - vote of no confidence
c.add("complaint", subject="Consider this a warning", sender=c.person("Roy", "Entwistle"), body="""Priya,

Netherton branch has not been consulted on a single decision about the county council selections. Not one. We found out about the timetable from the regional newsletter.

Consider this a warning: if the EC carries on treating branches like this, Netherton will be moving a vote of no confidence in the EC at the January GC, and we've got the numbers to win it.

Roy Entwistle
Chair, Netherton branch""", tags=("hard-negative", "angry"))

# 2 "people like you end up" - one-term councillors
c.add("complaint", subject="Oldfield Farm - a message for Cllr Whitlock", sender=c.person("Janet", "Broadbent"), body="""Please pass this to Councillor Whitlock.

Calling residents "nimbys with double garages" at a public meeting was arrogant and insulting. I've lived in Castle Mead for 38 years. I don't have a double garage. I have a bad hip and a flooded back garden every February.

People like you end up as one-term councillors, Mr Whitlock. I've watched it happen to better men than you. I'll be campaigning for whoever stands against you in May, and so will my whole street.

Janet Broadbent""", tags=("hard-negative", "angry"))

# 3 "I know where you live" - neighbours, betrayal
c.add("complaint", subject="From a neighbour, not a stranger", sender=c.person("Stan", "Heptonstall"), body="""Priya,

I'm not some keyboard warrior from outside the town. I know these councillors. I know where they all live - I went to school with Bernie Cole's husband, I sold Tom Whitlock his first car, and Faisal's dad and I worked together at the mill for twenty years. That's exactly why the library closure hurts. They're not faceless people in an office, they're my neighbours, and they've let the whole of Brookfield down.

I'll be saying so at the full council meeting. Politely. But I'll be saying it.

Stan Heptonstall""", tags=("hard-negative", "angry"))

# 4 news article forwarded about threats to MPs elsewhere
c.add("other", subject="Fwd: BBC - 'MPs describe rise in threats at constituency surgeries'", sender=c.person("Lesley", "Ord"), body=c.forward(
    """Priya - saw this this morning, thought it was worth reading before we review surgery arrangements with Daniel's office. Nothing has happened here that I know of, thank goodness, but it does make you think about whether the library room is the right place. Could we put "surgery venues" on the next EC agenda? L""",
    """MPs describe rise in threats at constituency surgeries

Several MPs have told the BBC that they have scaled back face-to-face surgeries after a rise in threatening behaviour, with some now seeing constituents only by appointment and with a member of staff present.

One MP described a man who had waited outside a community centre for two hours after a surgery ended. Another said her office had received letters containing details of her children's school.

The parliamentary security department says it has installed additional security measures at more than 400 constituency offices since 2021.""",
    "BBC News <newsletters@bbc.example>", "MPs describe rise in threats at constituency surgeries"), also=["procedural"], tags=("hard-negative", "news-about-threats", "forwarded"))

# 5 war on motorists, LTN
c.add("complaint", subject="London Road bus lane - the war on motorists", sender=c.person("Nigel", "Garside"), fmt="alt", body="""Dear Ms Nair,

The new bus lane on London Road is a disaster. Journey times from Castle Mead into town have doubled. Traders on the parade say footfall is down a third. The council has declared war on motorists and it is the people of Hatherley who are the casualties.

I've written to Mr Ashworth, who said it was a county matter. I've written to the county, who said it was a government scheme. I'm now writing to you, because you're the people who'll be asking me for my vote.

I'd like to know whether Labour councillors actually support this scheme, yes or no.

Nigel Garside""", also=["query"], tags=("hard-negative", "metaphor", "angry"))

# 6 ticking time bomb
c.add("complaint", subject="The Regency Hotel", sender=c.person("Carol", "Sunderland"), body="""The Regency Hotel situation is a ticking time bomb and your party is just sitting on its hands. 140 men with nothing to do all day, no English classes, no work permits, in a hotel with no proper management. The residents are scared, the men in the hotel are bored and miserable, and nobody from the council has held a single meeting on the estate.

I'm not writing to have a go at the asylum seekers, they're victims of this as much as anyone. I'm writing because somebody needs to get a grip before something goes badly wrong, and at the moment it feels like nobody is in charge.

Carol Sunderland""", tags=("hard-negative", "metaphor"))

# 7 query, trying to kill the motion
c.add("query", subject="Can the EC kill a motion?", sender=c.person("Dominic", "Fairweather"), body="""Hi Priya,

Genuine question, not a complaint (yet!). Brookfield branch sent in a motion on the bus station in September and it hasn't appeared on any GC agenda. Someone's told me the EC "killed it". Can the EC actually do that under the standing orders, or does every branch motion have to go to the GC?

Thanks,
Dom""", tags=("hard-negative", "benign-violent-word"))

# 8 dead in the water career, elderly member caps-ish
c.add("complaint", subject="Daniel Ashworth", sender=c.person("Edna", "Pilling", "aol.com"), body="""Dear Secretary,

I have been a member of the Labour Party for 61 years and I have never been so ashamed. Daniel Ashworth voted with the Tories on the welfare bill and then went on the television to say it was "the compassionate choice". COMPASSIONATE!

His career is dead in the water as far as this town is concerned. I shall not be delivering his leaflets, I shall not be making him cups of tea at the Christmas social and I shall be telling everyone at the Over-60s club why.

Yours sincerely,
Edna Pilling (Mrs)""", tags=("hard-negative", "metaphor", "angry"))

# 9 I'll see you in court - data? no, council decision
c.add("complaint", subject="Allotment eviction - I'll see you in court", sender=c.person("Brian", "Sutcliffe"), body="""To whom it may concern,

The council's parks department, under your Labour cabinet member, has given me 28 days to vacate the allotment plot I've held for 26 years, on the grounds of "untidiness". My wife was ill for most of the summer. I've got the hospital letters.

I've taken advice. If the notice isn't withdrawn I'll see the council in court, and I'll be asking the local paper to come along. I'd rather it didn't come to that.

B. Sutcliffe
Plot 14, Netherton Allotments""", tags=("hard-negative", "legal-threat"))

# 10 nuclear option - NEC intervention
c.add("complaint", subject="Time for the nuclear option?", sender=c.person("Anita", "Chaudhry"), body="""Priya,

I've been patient. I've been through every step: branch complaint, CLP complaint, regional office. Six months and the bullying complaint against the Castle Mead branch chair still hasn't been heard.

I think it's time for the nuclear option: a formal complaint to the NEC and a letter to the general secretary, copied to the women's conference. I'd prefer not to go over the CLP's head, but I'm out of road.

If you think there's anything the CLP can still do, tell me this week.

Anita""", tags=("hard-negative", "metaphor", "angry"))

# 11 name and shame on Facebook
c.add("complaint", subject="Bus station closure", sender=c.person("Kelly", "Ramsbottom"), body="""I'm going to name and shame every single Labour councillor who voted to close the bus station on the Hatherley Mums Facebook group. 9,000 members. Everyone should know who voted for it. Their names, their wards, how they voted, their email addresses so people can write to them. That's democracy.

If they're proud of it they won't mind.""", tags=("hard-negative", "angry"))

# 12 parking murdering trade
c.add("complaint", subject="Market Street parking charges", sender=("Hatherley Traders' Association", "chair@hatherleytraders.example"), fmt="alt", body="""Dear Ms Nair,

On behalf of the 47 members of the Hatherley Traders' Association, I must register our anger at the decision to introduce charges in the Market Street car park from January.

These charges are murdering trade in the town centre. Three shops on Market Street have closed since the announcement. Our members estimate a further drop of 20% in footfall. Out-of-town retail parks have free parking. We cannot compete.

We'd ask that the Labour group reconsider before the charges take effect, and that somebody from the group meets us. We've been asking for a meeting since August.

Yours sincerely,
Gillian Marsden
Chair, Hatherley Traders' Association""", tags=("hard-negative", "metaphor", "angry"))

# 13 bombarded - data protection
c.add("data-protection", subject="stop bombarding me", sender=c.person("Ryan", "Clegg"), body="""I'm being bombarded with your emails, texts AND leaflets. I cancelled my membership in March. I want my details wiped off every list you've got. Not "unsubscribed" - gone. Confirm when you've done it.""", tags=("hard-negative", "benign-violent-word", "confuser", "dp-no-legal-words"))

# 14 bonfire night query
c.add("query", subject="Bonfire night on Hatherley Green", sender=c.person("Joan", "Winterbottom"), body="""Hello,

Could someone tell me who is organising the bonfire and fireworks on Hatherley Green this year? Last year the fireworks were going off till midnight and my dog was terrified. Is it the council or the Round Table? I'd like to ask if they can finish by 9.

Thank you,
Joan Winterbottom""", tags=("hard-negative", "benign-violent-word"))

# 15 knife crime motion
c.add("procedural", subject="Motion - knife crime and youth services (St Anne's branch)", sender=c.person("Kemal", "Aydin"), body=f"""Dear {SECF},

St Anne's branch passed the following motion on Tuesday and asks that it go to the next GC.

Title: Knife crime and youth services

This CLP notes that three young people have been stabbed in Hatherley in the last 18 months, one fatally; that the county has closed four youth clubs since 2020; and that St Anne's ward has no detached youth workers.

This CLP calls on the Labour group to:
1. protect the youth service budget in February's budget;
2. bring forward a knife crime strategy jointly with the police and schools;
3. support the bid for a Violence Reduction Unit outreach worker based at St Anne's Community Centre.

Proposer: Kemal Aydin
Seconder: Naveed Hussain

Kemal""", tags=("hard-negative", "benign-violent-word"))

# 16 refuge cuts complaint
c.add("complaint", subject="Women's refuge funding", sender=c.person("Julie", "Haigh"), body="""I've worked at Hatherley Women's Aid for eleven years. I've sat with women who've been beaten, strangled and threatened with knives by men who said they loved them. I've helped them and their kids start again with nothing.

Now the county wants to cut our funding by 40% and the Labour group is saying nothing. Not one of your councillors has come to see us.

If the refuge closes, women will die. That is not a figure of speech. I'd like someone from the Labour group to come and tell our staff to their faces why they're letting it happen.

Julie Haigh""", tags=("hard-negative", "benign-violent-word", "angry"))

# 17 your days are numbered - political
c.add("complaint", subject="Your days are numbered", sender=c.person("Trevor", "Cropper"), body="""Tell the Labour group on the council their days are numbered. Reform came second in every ward in Hatherley last time. After the library, the bus station and the parking, they'll be first. I've been Labour all my life and I'll be putting a Reform poster in my window. So will my son.""", tags=("hard-negative", "angry"))

# 18 there will be consequences at AGM
c.add("complaint", subject="The treasurer's report", sender=c.person("Hilary", "Dyson"), body="""Priya,

The treasurer has now missed three EC deadlines for the accounts. We're three weeks from the AGM and members haven't seen a single figure.

There will be consequences at the AGM if those accounts aren't circulated in time. I'll be asking for the treasurer's report to be rejected and I'll be standing for treasurer myself.

Hilary Dyson""", tags=("hard-negative", "angry"))

# 19 pub quiz slaughtered + social
c.add("other", subject="Quiz night - we got slaughtered", sender=c.person("Mo", "Farooq"), body="""Priya!! Thanks for organising last night. We got absolutely slaughtered by the Unison lot but it was a riot. Raised £340 apparently which is a blast. Can we do it again in Feb? I'll take a stab at writing the music round this time, the 80s one was brutal 😂""", tags=("hard-negative", "benign-violent-word"))

# 20 apologies, I'll kill for a holiday
c.add("procedural", subject="Apologies for EC Monday", sender=c.person("Jade", "Okonkwo"), body=f"""Hi {SECF}, apologies for Monday's EC - I'm finally getting the holiday I'd have killed for, back on the 17th. My report on the youth officer stuff is attached, could someone speak to it? Thanks x""", tags=("hard-negative", "benign-violent-word"))

# 21 long angry resignation, a "betrayal" and "I hope"
c.add("complaint", subject="Why I'm leaving after 22 years", sender=c.person("Martin", "Ackroyd"), body="""Dear Priya,

I'm writing to resign my membership, and since you've always been decent to me I want to explain why rather than just cancelling the direct debit.

I joined in 2004, the year my son was born. I was a branch secretary for six years. I organised the Castle Mead committee room in three general elections. I've stuffed more envelopes than I can count.

What's broken me isn't one decision. It's all of them together. The winter fuel cut, which hit my mum. The two-child limit, which my daughter now lives under. The welfare bill. The way the party treated members who disagreed about Gaza - suspending people for sharing articles. And locally, the library and the bus station, decided by a cabinet that never once came out to meet the people affected.

I hope the Labour Party loses badly enough in May to wake it up. I hope the councillors who voted for these cuts lose their seats and have to explain themselves to their neighbours without a title. I say that as someone who loves this party. Sometimes the only way to fix something is to let it break.

I won't be joining anyone else. I'll be at home, doing the garden, and I'll read the results with a very heavy heart.

With best wishes to you personally,
Martin Ackroyd""", tags=("hard-negative", "angry"))

# 22 query with URGENT subject, not urgent
c.add("query", subject="URGENT!!! membership", sender=c.person("Shauna", "Birch"), body="""URGENT - my membership card says it expires in January but I paid for the year in March?? Will I still be able to vote in the selection? Its not till spring but I want to sort it now. Thanks""", tags=("hard-negative", "confuser", "query-with-urgent"))

# 23 long GC rant, "fight like hell"
c.add("complaint", subject="Library closure - the GC must act", sender=c.person("Rosemary", "Quayle"), fmt="alt", body="""Dear Priya,

I'm writing in my capacity as delegate from Brookfield branch, and as a retired librarian who worked at Hatherley Central Library for thirty years.

The cabinet's decision to close Brookfield and Netherton libraries and replace them with "community hubs" in the leisure centre is a disaster. The hubs will have no librarians, no children's section worth the name, no computers for job seekers, and no quiet space for students. It's a closure dressed up as a modernisation.

I've read the consultation response. 82% of respondents opposed it. The council went ahead anyway.

I'd like the GC to pass a motion calling on the Labour group to reverse the decision at the February budget. I'd like the CLP to write to the cabinet member. I'd like us to campaign publicly, with a petition and a public meeting, so that people in Brookfield know the local party hasn't abandoned them.

I'll fight like hell for these libraries, in the party and outside it. I hope the CLP will fight alongside me. If not, I'll do it without you.

Rosemary Quayle""", tags=("hard-negative", "metaphor", "angry"))

# 24 candidate safety webinar bulk
c.add("bulk", subject="Webinar: Staying safe as a candidate - Thursday 7pm", sender=("Labour Yorkshire & Humber", "events@labour-yh.example"), headers=c.newsletter_headers(esp="NationBuilder"), fmt="alt", body="""Dear Priya,

With the May elections approaching, we're running a webinar for candidates, agents and CLP officers on personal safety.

Staying safe as a candidate
Thursday 20 November, 7pm-8.15pm, Zoom

Topics:
- what to do if you receive abuse or threats online or by post;
- keeping your home address private on nomination papers;
- safe canvassing, including lone working;
- working with your local police liaison officer.

Speakers include a police candidate-liaison officer and a councillor who has experienced a sustained harassment campaign.

Register here: https://labour-yh.example/safety-webinar

Please share with your candidates.

Labour Yorkshire & Humber
Promoted by the Labour Party. Unsubscribe.""", tags=("hard-negative", "news-about-threats"))

# 25 urgent: count keyholder ill
c.add("urgent", subject="Count tomorrow - Ollie's ill, we need a counting agent", sender=c.person("Simon", "Eastwood"), body="""Priya,

Ollie's come down with a horrendous bug and he's meant to be my counting agent at the Castle Mead count tomorrow night. He's absolutely dead on his feet, no chance he'll make it. Counting agents have to be notified to the returning officer by noon TOMORROW.

Can you think of anyone who could step in? They'll need to be free from 9.30pm till the result, probably about 2am. I'll owe them forever.

Simon""", tags=("hard-negative", "benign-violent-word"))

# 26 self-defence class for women
c.add("other", subject="Women's self-defence class - members welcome", sender=c.person("Harriet", "Blake"), body="""Hi Priya,

As women's officer I've been asked by a few members whether we'd do something practical after the canvassing incident. My sister runs a women's self-defence class at Hatherley Judo Club - Saturday mornings, £5 a session, all fitness levels. She's offered a free taster on 6 December for Labour women members.

Would you circulate it? Nobody's going to be throwing anyone across the room on week one, it's mostly about confidence.

Harriet""", tags=("hard-negative", "benign-violent-word"))

# 27 rats, pest control kill
c.add("complaint", subject="Rats in Netherton flats block C", sender=c.person("Destiny", "Oyewole"), body="""I have rats in my kitchen. Block C Netherton flats. I've seen three. My baby is 8 months old. The housing association sent someone out once, put down poison, and the rats are still here.

I want someone to come and kill them properly, block up the holes and clean the bins area, which is where they're coming from. I've asked Councillor Okonkwo to help and she said she'd chase it. That was 3 weeks ago.

I'm at the end of my rope.""", tags=("hard-negative", "benign-violent-word", "angry"))

# 28 quoted reply, a vicious but non-threatening rebuttal
c.add("complaint", subject="Re: Your complaint about the Castle Mead branch meeting", sender=c.person("Kieran", "Doherty"), body=c.quote_reply(
    """No, Priya, I'm not going to "reflect on my tone".

I was shouted down at a branch meeting by a chair who then wrote the minutes himself. The EC's response is to lecture ME about tone. It's a whitewash and you know it.

I'm taking it to region. And I'll be at the AGM to say all of this to the chair's face, in front of every member. Let's see how he likes being held to account.""",
    f"""Dear Kieran,

Thank you for your complaint, which the EC discussed on Monday. The EC found no evidence that the branch chair acted outside the standing orders. The EC did note that several members raised concerns about the tone of some exchanges at the meeting, including your own, and would ask all members to reflect on this.

{SEC[0]}
Secretary""", style="gmail"), tags=("hard-negative", "angry"))

# 29 Urdu-English angry complaint about mosque planning
c.add("complaint", subject="Complaint regarding masjid extension planning refusal", sender=c.person("Shakeel", "Anwar", "hotmail.co.uk"), body="""Respected Madam,

I am writing on behalf of the Victoria Road Jamia Masjid committee. The planning committee has refused our extension for the third time, although the officers recommended approval. We have followed every rule, paid every fee, changed the design two times.

Three Labour councillors voted against. The community is very hurt and very angry. We have voted Labour for three generations, my father was a Labour councillor in 1980s. We feel betrayed, like a knife in the heart.

We will appeal, and we will also tell the community at Friday prayer exactly which councillors voted against us, so that people can decide at the next election.

Kindly arrange meeting with Mr Ashworth.

Shakeel Anwar
General Secretary""", also=["query"], tags=("hard-negative", "metaphor", "angry", "non-native"))

# 30 hatchet job, character assassination
c.add("complaint", subject="The Hatherley Courier article", sender=c.person("Faisal", "Qureshi"), body=f"""{SECF},

Have you seen today's Courier? "Councillor's shop in row over illegal workers". It's a hatchet job from start to finish. The inspection found nothing, the paper knew that and printed it anyway. It's character assassination.

I've instructed a solicitor to write to the editor demanding a correction. I'd like the CLP to make a public statement of support. I'm not asking anyone to take sides on anything else - just to say the allegation is untrue.

Faisal""", tags=("hard-negative", "metaphor", "legal-threat"))

# 31 social notification - heated but clean FB comments
c.add("bulk", subject="New comments on Hatherley Labour's post", sender=("Facebook", "notification@facebookmail.com"), headers=c.newsletter_headers(), body="""Hatherley Labour, there are new comments on your post "Daniel at the new GP surgery opening"

Sandra K: Funny how he turns up for the ribbon cutting but not for the library meeting
Phil W: Absolute joke. Hope you lot get annihilated in May
Sandra K: Won't be voting Labour again, ever
Amir H: He did actually come to the library meeting, I was there
Phil W: @Amir H he stayed 20 minutes

View comments

Meta Platforms Ireland Ltd.""", tags=("hard-negative", "metaphor", "angry"))

# 32 query: door steward security at GC
c.add("query", subject="Security at GC meetings?", sender=c.person("Alison", "Greenhalgh"), body="""Hi Priya,

Not about anything that's happened here, but after reading about that constituency party meeting in the south-west that was disrupted by protesters, I wondered whether we have any arrangement for a door steward at GC meetings, or a policy on who can come in? Non-members sometimes wander in at Brookfield CC and nobody seems to check.

Alison""", tags=("hard-negative", "news-about-threats"))

# 33 strike ballot, "down tools", union
c.add("other", subject="Bin workers' strike - please support the picket", sender=c.person("Gary", "Ainsworth"), body="""Priya,

Unite members in Hatherley cleansing are walking out from Monday after the strike ballot came back 91% in favour. We're picketing the Mill Lane depot from 6am every weekday.

The council's going to try and break the strike with agency workers. We'd welcome Labour members on the picket line, and a message of support from the CLP would mean a lot. Bring a flask.

In solidarity,
Gary Ainsworth
Unite branch secretary""", tags=("hard-negative", "benign-violent-word"))

# 34 legal: ombudsman complaint, heated
c.add("complaint", subject="I am going to the Ombudsman", sender=c.person("Lorraine", "Speight"), body="""The council have lost my son's EHCP paperwork for the second time. He has been out of school since September. Councillor Cole promised me in writing she would "personally look into it". Nothing.

I'm done being nice. I'm going to the Local Government Ombudsman, I'm going to my MP, and I've contacted a solicitor who specialises in SEND tribunals. Every one of these emails will be evidence. You can tell Councillor Cole she'll be named in the complaint.""", tags=("hard-negative", "legal-threat", "angry"))

# 35 winter fuel noisy misspelled no threat
c.add("complaint", subject="winter fuel", sender=c.person("Alf", "Brearley", "talktalk.net"), body="""dear labour

me and the wife are both 80 and we have lost the winter fuel and now they say we can have it back if we fill a form in. we cant do forms on the computer. its a disgrace to treat old people like this we are freezing to death in this house and nobody cares

i voted labour 60 year and my father before me. never again. you have killed the labour party for people like us""", tags=("hard-negative", "metaphor", "angry", "noisy"))

# 36 list post, robust debate on welfare
c.add("bulk", also=["other"], subject="[hatherley-members] Re: Welfare bill - should we write to Daniel?", sender=c.person("Owen", "Prescott"), headers=c.list_headers("hatherley-members", domain="googlegroups.com"), body="""I'll stick my neck out and disagree with most of this thread.

I think Daniel's vote was wrong but I don't think sending him a letter calling him a traitor helps anyone. He's one of the few MPs who actually turns up to the GC. Let's invite him and give him both barrels, face to face, in a comradely way. If we lose the argument, fine. If we win it, even better.

Owen
St Anne's

--
You received this message because you are subscribed to the Google Groups "hatherley-members" group.""", tags=("hard-negative", "benign-violent-word"))

# 37 procedural amendment with heated language
c.add("procedural", subject="Amendment to the library motion", sender=c.person("Tom", "Whitlock"), body="""Priya,

I'd like to submit an amendment to Brookfield's library motion for Thursday's GC.

Delete "condemns the cabinet's reckless decision to destroy Hatherley's library service" and insert "regrets the closure of two branch libraries and calls on the cabinet to protect opening hours at Central Library and review the community hub model after twelve months."

I know Rosemary will say I'm trying to kill the motion. I'm not. I'm trying to stop us passing something that calls our own cabinet "reckless" in the week before the Courier's budget coverage.

Tom""", tags=("hard-negative", "benign-violent-word"))

# 38 webform, furious Pride flag complaint (no threat)
c.add("complaint", subject="New submission from Contact Hatherley Labour", sender=c.form_robot(), reply_to="d.pearson1961@gmail.com", fmt="plain", body=c.webform({
    "Name": "David Pearson",
    "Email": "d.pearson1961@gmail.com",
    "Topic": "Councillors",
    "Message": "I want to register my disgust that the Union flag was taken down from the town hall for the Pride flag. This is OUR town hall. I served 22 years in the Royal Navy. I will be standing outside the town hall on Remembrance Sunday with my medals and a Union flag and I'd like to see any Labour councillor look me in the eye. I've also written to the council leader and the Courier.",
}), tags=("hard-negative", "angry"))

# 39 other: Great Get Together event
c.add("other", subject="Great Get Together - can the CLP have a stall?", sender=c.person("Ruth", "Hinchcliffe"), body="""Hi Priya,

Brookfield Churches Together are organising a Great Get Together picnic in Brookfield Park on Saturday 20 June, in memory of Jo Cox and in the spirit of "more in common". All parties and community groups are invited to have a table, as long as it's not used for campaigning.

Would the CLP like one? We'd love to have every party there together. It'd be lovely if Daniel could say a few words too.

Best,
Ruth""", tags=("hard-negative", "news-about-threats"))

# 40 bulk: police community newsletter (scams, shed burglaries)
c.add("bulk", subject="Hatherley Neighbourhood Policing Team - November update", sender=("Hatherley NPT", "no-reply@police-alerts.example"), headers=c.newsletter_headers(esp="other"), body="""HATHERLEY NEIGHBOURHOOD POLICING TEAM - NOVEMBER UPDATE

Shed and garage burglaries: there have been 11 reports of shed break-ins around Castle Mead and Oldfield Lane. Please lock sheds and mark tools.

Fireworks: we will be running high-visibility patrols on Bonfire Night around Hatherley Green. Remember it is an offence to throw fireworks in the street.

Knife amnesty: a knife surrender bin is available at Hatherley police station front counter until 30 November. No questions asked.

Scam calls: residents have reported callers pretending to be from the bank. Your bank will never ask you to move money.

Report non-emergencies on 101. In an emergency always call 999.

You are receiving this because you registered for community alerts. Manage your alerts.""", tags=("hard-negative", "benign-violent-word"))

# 41 hyperbole: "I could strangle"
c.add("query", subject="The minutes template", sender=c.person("Anna", "Kowalczyk"), body="""Priya, I'm doing the branch minutes for the first time and the template keeps reformatting every time I paste. I could strangle whoever designed it 😂 Is there a plain Word version? And do I need to record who voted which way or just the result?

Thanks, Anna (Netherton branch sec, new!)""", tags=("hard-negative", "benign-violent-word"))

# 42 angry about canvassers, no threat
c.add("complaint", subject="Your canvassers and my dog", sender=c.person("Derek", "Holdsworth"), body="""Two of your canvassers came through my side gate on Saturday, ignoring the "Beware of the Dog" sign and the "No Cold Callers" sticker, and left the gate open. My dog got out onto Linden Rise and was nearly hit by a car.

I was livid. I still am. If I see them in my garden again I'll be ringing the police and the council's standards officer, and I'll be posting their photo on the Castle Mead Residents page so everyone knows.

Please tell your volunteers that a closed gate means no.

Derek Holdsworth""", tags=("hard-negative", "angry"))

# 43 Portuguese non-native complaint, strong words
c.add("complaint", subject="about the housing office", sender=c.person("Ana", "Rodrigues", "hotmail.com"), body="""Good morning,

I want to complain very strong about the housing office. 2 years we wait for bigger house, 5 persons in 2 bedroom. Every time I call they say "you are in the band". What band? Nobody explain.

I go to surgery of Mr Ashworth, his worker is very kind but nothing happen. I feel like we are invisible, like we are dead for this council.

I will continue write every week until somebody answer me. And I will go to the newspaper. This is not a threat, only I am very tired.

Ana Rodrigues""", tags=("hard-negative", "angry", "non-native"))

# 44 other: condolences, killed in war
c.add("other", subject="Thank you for the flowers", sender=c.person("Irina", "Bondarenko"), body="""Dear Priya and all at Hatherley Labour,

Thank you for the beautiful flowers and the card. My brother was killed near Pokrovsk in October, he was 29. It means a lot to our family that people here, who never met him, thought of us.

I will come back to the branch when I am ready.

With gratitude,
Irina""", tags=("hard-negative", "benign-violent-word"))

# 45 heated procedure complaint, "stitch-up", "bloodbath"
c.add("complaint", subject="AGM - this will be a bloodbath", sender=c.person("Paul", "Greatorex"), body="""Priya,

If the Netherton delegates are allowed to vote at the AGM when three of them joined after the freeze date, it'll be a bloodbath and the CLP will spend the next year in the disputes panel. Please get a ruling from region on their eligibility before Thursday, in writing.

Paul""", tags=("hard-negative", "metaphor"))

# 46 query: can I bring my air cadets
c.add("query", subject="Remembrance Sunday - wreath and cadets", sender=c.person("Steve", "Marriott"), body="""Hi,

I'm a CI with 1147 (Hatherley) Squadron Air Cadets. We're on parade at the war memorial on Remembrance Sunday. Is the CLP laying a wreath this year, and if so, who's laying it? We've been asked to compile a running order for the RBL.

Thanks,
Steve Marriott""", tags=("hard-negative", "benign-violent-word"))

# 47 teenager angry at youth officer, no threat
c.add("complaint", subject="young labour is a joke", sender=("ellie", "ellie.m.2008@gmail.com"), body="""honestly young labour in hatherley is a joke. the youth officer cancelled the last 3 meetings and then called us "kids" in the group chat. im 18 i can literally vote. me and 4 others are going to come to the next GC and say it to everyones face. hes so getting voted out""", tags=("hard-negative", "angry"))

# 48 alt: long, "blood on their hands" re: A&E, demand answers
c.add("complaint", subject="Hatherley General A&E", sender=c.person("Dr Sunita", "Rao"), fmt="alt", body="""Dear Ms Nair,

I'm a consultant in emergency medicine at Hatherley General and a Labour member. I'm writing in a personal capacity.

Last winter we had patients waiting more than 24 hours for a bed on 41 days. The Royal College estimates excess deaths associated with long A&E waits in England in the tens of thousands. I have personally certified deaths that I believe would not have happened with a functioning system.

The decision by the ICB to cut 40 beds at Hatherley General this spring, which our MP has not publicly opposed, will make that worse. Whoever signs off those cuts will have blood on their hands, and I do not say that lightly.

I'd like the CLP to invite me to speak to the GC. I'd also like Daniel Ashworth to come and do a shift with us - not a photo opportunity, a night shift.

Dr Sunita Rao""", tags=("hard-negative", "metaphor", "angry"))

# 49 quoted forward: councillor forwarding rude email, no threat
c.add("complaint", subject="Fwd: 'you are useless'", sender=("Cllr Bernadette Cole", "bernadette.cole@hatherley.gov.example"), body=c.forward(
    """Priya - not a threat or anything like that, just rude, but I thought you should see the sort of thing that's coming in about the library. I'll reply politely. Bernie""",
    """You are useless. Absolutely useless. You've been on that council 22 years and what have you done? Closed our library. I hope you're proud of yourself. Don't bother coming round at election time, you won't be welcome on my doorstep and I'll tell you so to your face.

Mrs P. Haigh""",
    "P Haigh <phaigh47@btinternet.com>", "you are useless"), tags=("hard-negative", "angry", "forwarded"))

# 50 urgent, venue, "war room"
c.add("urgent", subject="Committee room keys - needed tonight", sender=c.person("Naveed", "Hussain"), body="""Priya, the Castle Mead by-election "war room" (ha) at the Co-op Hall is locked and the caretaker's gone home. We've got 15 volunteers arriving at 6 to stuff envelopes for tomorrow's delivery. Do you have the spare key or the caretaker's mobile? Need it in the next hour.

Naveed""", tags=("hard-negative", "benign-violent-word"))

# 51 html-only angry newsletter-style open letter (complaint)
c.add("complaint", subject="Open letter to Hatherley's Labour councillors", sender=("Oldfield Residents' Association", "oldfieldra@gmail.com"), fmt="html", body="", html_body="""<html><body style="font-family:Calibri,Arial;font-size:14px">
<p><b>OPEN LETTER TO HATHERLEY'S LABOUR COUNCILLORS</b></p>
<p>We, the undersigned 312 residents of Oldfield and Castle Mead, have had enough.</p>
<p>You promised to protect the green belt. You are about to bulldoze it. You promised to listen. You held one meeting and called us names.</p>
<p>We will not go quietly. We will oppose this plan at the examination in public, we will fund a judicial review if we have to, and we will remember every name on the cabinet vote at the ballot box in May.</p>
<p>This is your last chance to do the right thing.</p>
<p>Oldfield Residents' Association</p>
</body></html>""", tags=("hard-negative", "angry", "legal-threat"))

# 52 other: sales pitch with violent words
c.add("other", subject="Bomb-proof lawn signs for your May campaign", sender=("Darren Kilby - SignBlast UK", "darren@signblast.example"), body="""Hi Priya,

Darren from SignBlast here. We supply bomb-proof correx lawn signs and window posters to political parties up and down the country - they survive wind, rain and the odd over-enthusiastic Lib Dem.

Our killer offer this month: 500 double-sided A2 signs for £399 with free delivery if you order before 15 December.

Happy to send samples. Shall I give you a ring?

Darren Kilby
SignBlast UK | 01632 960 482""", tags=("hard-negative", "benign-violent-word"))

# 53 complaint: angry, "we'll be waiting at the count" - with champagne
c.add("complaint", subject="See you at the count", sender=c.person("Barry", "Lumb"), body="""Councillor Whitlock has ignored every letter from Castle Mead residents about Oldfield Farm. Fine. We'll be standing our own residents' candidate against him in May, and we'll all be at the count with a bottle of champagne waiting to see his face when the result's read out.""", tags=("hard-negative", "angry"))

# 54 procedural: report to GC on safety review
c.add("procedural", subject="Report to GC: officers' safety review", sender=c.person("Lesley", "Ord"), body="""Priya,

Here is my short report for the GC pack, item 6.

Officers' safety review
Following the regional guidance and the national rise in threats against elected representatives, the EC has reviewed the CLP's arrangements. We recommend that:
(a) officers' home addresses are removed from all documents circulated to members;
(b) meetings at Brookfield CC end with members leaving together;
(c) the CLP adopts the party's incident reporting form;
(d) the women's officer acts as safety lead.

No incidents involving Hatherley officers have been reported this year. The review is precautionary.

Lesley Ord, Chair""", tags=("hard-negative", "news-about-threats"))

# 55 query: "hit list" of streets
c.add("query", subject="Hit list for Saturday?", sender=c.person("Megan", "Sowerby"), body="""Hiya, is there a hit list of streets for Saturday's Castle Mead session yet? I'd like to print the walk sheets tonight. Also do we still need people to blitz the flats with the by-election leaflet or is that done?

Meg""", tags=("hard-negative", "benign-violent-word"))

# 56 angry with caps + "I'll make your life a misery" - political sense
c.add("complaint", subject="PLANNING - OLDFIELD", sender=c.person("Geoff", "Tattersall"), body="""I AM WRITING FOR THE FOURTH TIME.

If the council approves Oldfield Farm I will make the Labour group's life a misery. Every planning meeting, every council meeting, every consultation - I will be there, I will object, I will ask questions, I will put in Freedom of Information requests until the officers are sick of my name. I have time and I have a pension and I have nothing better to do.

G. TATTERSALL""", tags=("hard-negative", "angry", "noisy"))

# 57 sarcastic, "shoot the messenger"
c.add("complaint", subject="Re: Branch newsletter", sender=c.person("Colin", "Thwaite"), body=c.quote_reply(
    """Don't shoot the messenger, but nobody reads this. Half the branch is over 70 and doesn't use email, the other half gets its news from TikTok. We've spent £200 on a Mailchimp subscription for a newsletter with a 9% open rate.

Can we have a proper discussion about this at the next branch meeting instead of just carrying on?""",
    """Netherton Branch Newsletter - Issue 14
* Chair's message
* Bus station: where we stand
* Dates for your diary""", style="gmail"), also=["procedural"], tags=("hard-negative", "benign-violent-word"))

# 58 sharp complaint about a Reform councillor's conduct (reported incident: leaflet), no threat
c.add("complaint", subject="Reform leaflets in Netherton", sender=c.person("Amara", "Nwosu"), body="""Priya,

Reform have put out a leaflet in Netherton with a photo of the Regency Hotel and the headline "Is your daughter safe?" It's vile scaremongering and it's designed to frighten people. My neighbour's 14-year-old came home terrified.

Why hasn't the CLP put out a response? We should be hitting back hard - a leaflet, a statement, something. Our silence is killing us on the estate.

Amara""", tags=("hard-negative", "metaphor", "angry"))

c.write()
