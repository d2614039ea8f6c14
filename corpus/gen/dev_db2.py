"""dev split, writer db2: complaints, queries and urgent mail for an urban CLP.

Every message below was written by hand for the held-out set.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("dev", "db2", seed=2202)
SEC = c.clp[1].split()[0]          # Sam
SECFULL = c.clp[1]
SECADDR = c.clp[2]

_add = c.add


def _tagged_add(label, body=None, tags=(), **kw):
    """Every message carries tags; those exercising no special class are tagged 'ordinary'."""
    tags = (tags,) if isinstance(tags, str) else tuple(tags)
    return _add(label, body, tags=tags or ("ordinary",), **kw)


c.add = _tagged_add

# ======================================================================================
# COMPLAINTS
# ======================================================================================

c.add("complaint", subject="LTN Ferry Lane",
      sender=("Mohammed Asif", "m.asif.cabs@gmail.com"),
      body="""Dear sir

I am taxi driver 22 years in Riverside. Since your council put the planters and the camera on Ferry Lane and Canal Street my journey to the hospital is 15 minute longer every time. Customers are paying more, they are blaming me. I have got two fines already £70 each because the sign is behind the tree. This scheme is killing my business and the business of all my brothers on the rank.

We voted labour all our life, my whole family. Councillor Begum came to the mosque and said she will listen to drivers. Nobody listened. Please tell me who made this decision and why no consultation with the taxi drivers.

Mohammed Asif
badge no 1187""",
      tags=("hard-negative", "metaphor", "non-native", "confuser", "complaint-as-query"))

c.add("complaint", subject="Re: Re: damp in my flat - still nothing",
      sender=c.person("Precious", "Mensah"),
      body=c.quote_reply(
          """Sam I'm sorry but this is ridiculous now. It's been 11 weeks. The mould is back on the baby's bedroom wall, I've bleached it three times. The council sent a man who looked at it for two minutes and said "open a window". It's November.

Cllr Douglas said at the door before the election that Labour would "get tough on landlords" - the council IS the landlord. I've got photos, I've got the GP letter. What more do you want from me.""",
          f"""Dear Precious,

Thanks for your patience. I've chased Cllr Douglas again and he's raised it with the housing repairs team, who have promised an inspection. I'll let you know as soon as I hear anything.

Best,
{SEC}""",
          style="gmail"),
      tags=("quoted",))

c.add("complaint", also=("procedural",), subject="GC papers - again",
      sender=("Helen Broadbent", "helen.broadbent@riversideunison.org.uk"),
      body=f"""Sam,

I received the papers for tonight's GC at 4.12pm today. That includes two motions, a 14-page draft campaign plan and the Treasurer's report. Our standing orders say papers go out seven days in advance. This is the third meeting in a row.

I represent an affiliate with 900 members in this constituency. I'm supposed to consult them. I can't consult anybody on a document I got three hours ago.

I'm going to move at the start of tonight's meeting that the campaign plan is deferred to next month. I'm telling you now so it isn't a surprise, not to be awkward.

Helen Broadbent
Unison delegate""")

c.add("complaint", subject="Freshers fair",
      body="""hey so i went to the riverside uni freshers fair and the labour stall was literally two middle aged blokes who spent the whole time talking to each other about the football. i asked how to get involved and one of them said "are you even registered here" and gave me a leaflet from the 2024 election?? 

there were like 30 of us who were interested, the greens had a whole set up with badges and a qr code and a sign up sheet. not trying to be rude but you lot really need to sort the youth stuff out or you're gonna lose everyone under 25

- maya""",
      sender=("Maya Kapoor", "maya.kapoor@students.riversideuni.ac.uk"),
      tags=("noisy",))

c.add("complaint", subject="URGENT!!! DISGUSTED",
      sender=c.person("Roy", "Hepworth"),
      body="""Just read in the Riverside Echo that Cllr Fairbrother claimed £3,200 in "allowances" for attending a conference in Manchester, including taxis and a hotel, while the same council is closing the Old Mill day centre to "save money".

I'm 70. My wife goes to that day centre. I am DISGUSTED. Is this what we knocked doors for? Somebody in this party needs to explain themselves and he needs to pay it back. I'll be at the ward meeting on the 12th to have my say, and I'll be bringing the newspaper.

R. Hepworth""",
      tags=("hard-negative", "angry", "confuser", "complaint-with-urgent"))

c.add("complaint", subject="removed from the WhatsApp",
      body=f"""Hi {SEC},

I've been removed from the Bridgefoot branch WhatsApp group by the admin (Tony) after I posted a link to the Stop the Cuts petition and said I was disappointed the branch hadn't backed it. No warning, no message, just gone. Two others who agreed with me were removed as well.

I don't think one person should be able to kick members out of the main way the branch communicates because they disagree with them. It isn't even an official party channel as far as I know, but it's where all the canvassing sessions get organised, so I'm now effectively cut off.

Can this be looked at?

Naz""",
      sender=c.person("Nasreen", "Akhtar"),
      tags=("confuser", "complaint-as-query"))

c.add("complaint", subject="URGENT: 3 weeks and no reply", tags=("confuser", "complaint-with-urgent"),
      sender=c.person("Brian", "Lockwood"),
      body=f"""Sam,

No offence, but I emailed you on the 4th, the 11th and the 18th about my nomination for branch treasurer and I haven't had a single reply. Not even "got it". I know you're a volunteer and I know you're busy, everyone is, but it takes ten seconds.

Now I'm told the nominations have closed and I'm not on the list. I'd like to know what happened to my nomination form.

Brian""",
      also=("procedural",))

c.add("complaint", subject="MP's vote on assisted dying",
      body="""Dear Mr Okafor

I am a practising Catholic and I have been a member of the Labour Party for 34 years. I understand that this was a free vote. I understand that the MP is entitled to her conscience. But I do not understand why she told a meeting of the parish in St Anne's, in my presence, that she had "grave reservations" and then voted for the bill without a word of explanation to the people she said that to.

I do not expect you to share my views. I do expect honesty. Please pass this on to her and I would like a reply from her directly, not from a caseworker.

Yours sincerely
Bernadette Quinn""",
      sender=c.person("Bernadette", "Quinn"))

c.add("complaint", subject="Quayside stadium plan",
      sender=c.person("Olu", "Adebayo"),
      fmt="html",
      html_body="""<html><body><p>Sam,</p>
<p>I've just seen the CLP's twitter account retweeting the council leader's announcement about the <i>Quayside Stadium Quarter</i> with the words "great news for Riverside".</p>
<p>Is it? <b>412 households</b> in the Quayside flats are going to be "decanted". The developer has been given the land for £1. The "affordable" housing is 80% of market rent, which round here is £1,100 a month for a two-bed.</p>
<p>The CLP hasn't discussed this. GC hasn't voted on it. Who decided the CLP's account should cheerlead a private developer?</p>
<p>I want that retweet taken down and I want a proper debate at GC.</p>
<p>Olu Adebayo<br>Quayside branch</p></body></html>""",
      body="",
      tags=("html-only", "confuser", "complaint-as-query"))

c.add("complaint", subject="Fwd: Day centre - letter to the council",
      sender=c.person("Linda", "Marsden"),
      body=c.forward(
          """Sam, see below - this is what I sent the council a month ago. Got the standard reply. Forwarding it to the party because frankly the party needs to see it too. Nobody on our side seems willing to say a word against this closure.""",
          """To the Director of Adult Social Care,

My son Daniel is 31 and has a learning disability. He has attended the Old Mill Day Centre four days a week for eleven years. It is the structure of his whole life. The council's proposal to close it and "signpost" users to "community-based alternatives" means, in practice, that Daniel will sit at home with me.

I am 64 and I have had a stroke. I cannot provide what the centre provides.

I would like to know what assessment has been done of the impact on people like Daniel, and I would like to know it in writing.

Linda Marsden""",
          "Linda Marsden <linda.marsden@hotmail.co.uk>", "Proposed closure of Old Mill Day Centre"),
      tags=("forwarded",))

c.add("complaint", subject="URGENT - hospital parking",
      body="""I'm a nurse at Riverside General. Staff parking has gone up to £8 a shift. I earn £14.50 an hour. I'm on my feet 12 hours and then I go home and look at a car park bill. The trust says its a "national" thing, the MP says its a "trust" thing. Everyone passes the buck and we pay. I thought we had a Labour government now??

Stop telling us we're heroes and sort the parking out.

A very tired member (Northgate)""",
      sender=c.person("Joanne", "Cairns"),
      tags=("hard-negative", "angry", "confuser", "complaint-with-urgent"))

# ======================================================================================
# QUERIES
# ======================================================================================

c.add("query", subject="which ward",
      body="""Hi, what ward am I in? postcode RV4 7GH. I'm on Tannery Street near the big Lidl. want to come to a meeting. thx""",
      sender=c.person("Kate", "Devlin"))

c.add("query", subject="phone banking",
      sender=c.person("Olu", "Okoro"),
      body="""Hello,

I work shifts so I can't do door-knocking at the usual times but I'd like to help. Is there phone banking I can do from home? What do I need - a laptop? Is there any training?

Many thanks
Olu""")

c.add("query", subject="Step-free access - ward meeting",
      body="""Good morning,

I'd like to attend the Canal Basin ward meeting next Tuesday but I use a mobility scooter. Is the room at the Salvation Army citadel step-free, and is there an accessible toilet? If not I'll join remotely if that's an option.

Thank you,
Margaret Haigh""",
      sender=c.person("Margaret", "Haigh"))

c.add("query", subject="term-time address",
      sender=("Aiden Walsh", "aiden.walsh@students.riversideuni.ac.uk"),
      body="""Hi, I'm a student at Riverside uni, from Liverpool originally. My membership is at my home address in Liverpool. Can I get involved here during term or do I have to transfer? I'd quite like to stay able to vote in my home CLP too if that's possible. Cheers, Aiden""")

c.add("query", subject="BAME members network",
      body="""Dear Sam,

Is there a BAME members' officer or network in Riverside CLP? I'm a new member of Nigerian heritage and I'd like to connect with others and perhaps help with outreach to the churches in Northgate, which I think are an untapped group for the party.

Warm regards,
Uchenna Eze""",
      sender=c.person("Uchenna", "Eze"))

c.add("query", subject="URGENT question about canvassing training",
      sender=c.person("Gemma", "Fitzpatrick"),
      body="""Hi!! I've signed up to go out on Saturday and I've never done it before, is there any training beforehand or do I just tag along? Also what do I wear, do I need a rosette? Excited but nervous haha. Gemma""",
      tags=("confuser", "query-with-urgent"))

c.add("query", subject="Somali speakers",
      body="""Asc Sam,

Many people in Ferry Lane estate are Somali speakers, mostly the older women, and they don't know about the election or how to vote by post. I can translate and go with the canvassers. Who can I speak to for this? Also does the party have any leaflet in Somali, I can check the translation if needed.

Mahad sanid
Hodan Farah""",
      sender=("Hodan Farah", "hodan.farah@outlook.com"),
      tags=("non-native",))

c.add("query", subject="Receipt for donation",
      sender=c.person("Kevin", "Ashcroft"),
      body="""Hi Sam, I paid £150 into the CLP account last week (reference ASHCROFT DONATION). Could I get a receipt please? My accountant is asking. Kev""")

c.add("query", subject="raising a casework issue",
      body="""Hi

My neighbour is having a nightmare with a housing association and I've told her the councillors might be able to help. What's the best way for her to contact them - is there a surgery? Or should she email them directly? She doesn't speak much English (she's Bengali) so could someone go with her?

Thanks, Shabana""",
      sender=c.person("Shabana", "Rahman"))

c.add("query", subject="food bank collection",
      sender=c.person("Karen", "Lister"),
      body="""Hi Sam, are we doing a food bank collection outside the Co-op again this Christmas? I'd like to sign up for a slot and bring my two (10 and 12) if that's allowed. Karen""")

c.add("query", subject="EU citizen - can I join?",
      body="""Hello,

I am Portuguese, living in Riverside since 2017 with settled status. Can I join the Labour Party? I can vote in local elections but not general election - does this matter for membership? And can I be a delegate or an officer?

Obrigado,
João Ferreira""",
      sender=("João Ferreira", "joao.ferreira.rv@gmail.com"),
      tags=("non-native",))

c.add("query", also=("procedural",), subject="how do I put a motion forward",
      sender=c.person("Deborah", "Ince"),
      body="""Hi Sam,

Sorry if this is obvious. I want to propose something about the council's plan for the Quayside flats. What's the process? Do I have to go through my branch first or can I send it straight to the GC? Is there a template or word limit?

Thanks
Debbie""")

c.add("query", subject="branch vs CLP",
      body="""Forgive the basic question - what actually is the difference between a branch and the CLP? I've had emails from both and I'm not sure which meetings I'm meant to go to. Is the GC open to everyone?

Pete""",
      sender=c.person("Peter", "Holroyd"))

c.add("query", subject="Re: Annual dinner tickets",
      sender=c.person("Sally", "Brennan"),
      body=c.quote_reply(
          """Hi Sam, sadly my husband has been taken ill and we won't be able to make it now. Is it possible to get a refund on the two tickets, or transfer them to someone else? Completely understand if not. Sally""",
          """Thanks for booking! Your two tickets for the Riverside CLP Annual Dinner (Fri 28 Nov, The Grand, 7pm) are confirmed. Sam""",
          style="bottom"),
      tags=("quoted",))

c.add("query", subject="URGENT!!",
      body="""whats the wifi password at the labour office, i'm here for phonebanking and Dev isnt answering his phone""",
      sender=c.person("Josh", "Tan"),
      tags=("confuser", "query-with-urgent"))

c.add("query", subject="photo ID",
      sender=c.person("Graham", "Pearce"),
      body="""Sam, my mum's 88 and doesn't have a passport or driving licence any more. Does she need photo ID to vote in the council elections? If so, how does she get the free one and how long does it take? Cheers, Graham""")

c.add("query", subject="joining - not registered to vote?",
      body="""Hi there, do you have to be on the electoral register to join the Labour party? I'm not currently registered because I've been moving around a lot (sofa surfing, long story). I'd still like to join and help out. Thanks - Jay""",
      sender=("Jay Marley", "jaymarley99@hotmail.com"))

c.add("query", subject="union t-shirt",
      sender=c.person("Lewis", "Brady"),
      body="""Bit random but is it OK to wear my CWU t-shirt on the doors on Saturday or should I stick to something plain? Don't want to cause a problem. Lewis""")

c.add("query", subject="Eid event",
      body="""Salaam Sam, is the CLP doing anything for Eid this year? Last year we had the community iftar at the Northgate centre and it was very good, many families came. My wife and sisters can help with cooking if you are doing again. Please tell me who I should contact. JazakAllah. Imran""",
      sender=c.person("Imran", "Qureshi"))

c.add("query", subject="New submission: Contact us",
      sender=c.form_robot(),
      reply_to=("Callum Reid", "callum.reid@gmail.com"),
      body=c.webform({
          "Your name": "Callum Reid",
          "Your email": "callum.reid@gmail.com",
          "Subject": "Polling station",
          "Your message": "hi which polling station is for Wharf Road? my card said the primary school but someone said its moved to the church hall this time. thanks",
      }),
      tags=("webform",))

c.add("query", subject="Labour Students",
      sender=c.person("Priya", "Sethi"),
      body="""Hi, is there still a Labour Students club at Riverside uni? The link on the website is dead. If not, is there a way to start one, and would the CLP help? Priya""")

c.add("query", subject="Knock 'em dead",
      body="""Sam - I've been asked to speak for the Bridgefoot candidate at the hustings on Thursday (Dev says "knock 'em dead", no pressure!). How long do I get and is it standing at a lectern or sat at a table? Also can I bring notes? First time doing anything like this. Fatima""",
      sender=c.person("Fatima", "Bibi"),
      tags=("hard-negative", "benign-violent-word"))

c.add("query", subject="Membership rate for couple",
      sender=c.person("Derek", "Foulds"),
      body="""Hello Sam. My wife and I are both members. Is there any sort of household or couple rate? We're both retired. Also we get two copies of everything by post, is there a way to just get one? Thanks, Derek""")

c.add("query", subject="council surgery times",
      body="""What days does Cllr Begum do her surgery now? The library one seems to have stopped. I've got a question about the parking permits. Ta""",
      sender=c.person("Mandy", "Howarth"))

c.add("query", subject="Volunteering - I'm not a member",
      sender=("Ngozi Obi", "ngozi.obi@icloud.com"),
      fmt="alt",
      body="""Hi,

I'm not a party member (I work for a charity and have to be careful about that) but I'd like to help register young people to vote in Northgate before the council elections. Is that something the CLP does, and is it possible to help without joining? If not, no problem at all, I'll look for a non-party group.

Best wishes,
Ngozi""")

c.add("query", subject="Re: GC tonight",
      sender=c.person("Ian", "Sutcliffe"),
      body=c.quote_reply(
          """Cheers Sam. Is it the main hall or the committee room? And can observers (non-delegates) come in, my partner wants to see what it's like.""",
          """Reminder: GC tonight at 7pm, Trinity Methodist Church, Bridge Street. Papers attached. Sam""",
          style="gmail"),
      tags=("quoted",))

c.add("query", also=("complaint",), subject="haven't received my card",
      body="""Hiya Sam

It's been about 6 weeks since I joined and I haven't had a membership card or welcome email. Is this normal? Everyone keeps telling me to check Membersnet but I don't have a login. Not cross, just confused!

Aimee""",
      sender=c.person("Aimee", "Doyle"),
      tags=("confuser", "query-as-complaint"))

c.add("query", subject="banner making",
      sender=c.person("Rosa", "Mitchell"),
      body="""Hi - for the national demo, is anyone making a branch banner? I have a sewing machine and some fabric and happy to do one for Canal Basin if someone tells me what it should say! Rosa""")


c.add("query", subject="URGENT: new email address",
      sender=c.person("Maureen", "Clegg", provider="btinternet.com"),
      body="""Dear Sam,

My old email (the aol one) is being closed down by my grandson who says it is full of rubbish. Please could you use this one from now on for the branch emails and the newsletter. Do I need to tell London as well or will you do it?

Kind regards
Maureen Clegg""",
      tags=("confuser", "query-with-urgent"))

c.add("query", subject="Urgent - subs query",
      body="""hi sam. i pay £3.50 a month, my mate pays £2 and hes working full time same as me. how are the rates worked out and can i change mine? no rush, just noticed it on my statement. cheers, Rhys""",
      sender=c.person("Rhys", "Jenkins"),
      tags=("confuser", "query-with-urgent"))

# ======================================================================================
# URGENT
# ======================================================================================

c.add("urgent", subject="phone bank tonight - Dialogue down",
      sender=c.person("Dev", "Sharma"),
      body="""Sam, Dialogue's throwing errors and none of the callers can log in - national helpdesk says "investigating". We've got 14 volunteers coming to the office from 6 for the Bridgefoot by-election phone bank. 

Plan B is paper call sheets but I need someone with Contact Creator admin to export the ward list in the next hour so I can print it. You're the only other one with access I think. Can you do that ASAP?

Dev""")

c.add("urgent", subject="Coach to London - pick up moved",
      body="""Sam, the coach company has just rung - they can't use the Quayside bus station stop tomorrow morning because of the roadworks. New pick-up is outside the Civic Centre, still 6am. 48 people booked. Can you email and text everyone this evening? I've got the list of mobiles if you need it, but I'm at work until 8.

Tracey""",
      sender=c.person("Tracey", "Oldroyd"))

c.add("urgent", subject="Riverside Echo - comment needed by 4",
      sender=("Daniel Firth", "daniel.firth@riversideecho-news.co.uk"),
      body="""Hi Sam,

We're running a story in tomorrow's edition about the resignation of Cllr Fairbrother from the Labour group. Would the CLP like to comment? I'd need anything by 4pm today.

Kind regards,
Daniel Firth
Political Reporter, Riverside Echo
01632 960 118""")

c.add("urgent", subject="URGENT - candidate withdrawn, nominations close tomorrow 4pm",
      sender=c.person("Anna", "Kowalski"),
      body=f"""{SEC},

I've just had a phone call from Raj. He's withdrawing as candidate for Old Mill - family reasons, he's genuinely sorry. Nominations close tomorrow at 4pm.

We need: a replacement candidate approved by the LCF (or the emergency procedure, whatever it is), a new nomination paper with 10 signatures from the ward, and the consent to nomination signed. By 4pm tomorrow. Region need to know today.

Can you ring me? I'm free from 1.

Anna
Election agent""")

c.add("urgent", subject="Leaflets delivered to the wrong house",
      body="""Hi Sam, the courier has dropped all 30 boxes of the St Anne's leaflets at 14 Hawthorn Road instead of 14 Hawthorn CLOSE. The lady at 14 Road is not a member and wants them gone TODAY - she's got them in her hallway and can't get past with her pram. Round starts tomorrow morning. Can anyone with a car go and get them this afternoon? I can't lift that much on my own.

Sophie""",
      sender=c.person("Sophie", "Barraclough"))

c.add("urgent", subject="hustings tonight - chair sick",
      sender=c.person("Ruth", "Bailey"),
      body="""Sam, Mike has texted to say he's got norovirus and can't chair tonight's hustings at 7. We need a neutral chair who isn't on any of the campaigns. Could you do it? Or is there someone on the EC? Let me know by 3 if at all possible so I can brief them. Ruth""")

c.add("urgent", subject="IMPRINT WRONG - STOP THE LEAFLETS",
      body="""Sam - I've just spotted that the imprint on the Northgate "Good Morning" leaflet has the old agent's address. They're due to go out on doors at 6am tomorrow. We can't legally put them out with the wrong imprint. 

Can you get hold of the printer before they close at 5.30 and find out if they can reprint overnight? If not we'll have to pull the morning round and tell the deliverers tonight.

Anna""",
      sender=c.person("Anna", "Kowalski"))

c.add("urgent", subject="Postal vote opening tomorrow 9am",
      sender=c.person("Hassan", "Ali"),
      body="""Sam, the council has confirmed a postal vote opening session tomorrow at 9am at the Civic Centre. Only one agent can attend at a time and we have nobody confirmed. I've got a hospital appointment. The notice of appointment has to be given to the returning officer by 5pm today or nobody gets in. Can you nominate someone and send the form? Hassan""")

c.add("urgent", subject="statement of accounts due tomorrow",
      body=f"""Hi {SEC},

Reminder that the accounting unit's annual statement has to reach the Electoral Commission by tomorrow - we're over the threshold so it has to be submitted, and the Treasurer's away. I've got everything ready but the form needs signing by an officer. Can you sign it tonight? I'll drop it round at 8pm.

Kofi (assistant treasurer)""",
      sender=c.person("Kofi", "Mensah"))

c.add("urgent", subject="lifts tomorrow",
      sender=c.person("Val", "Ryder"),
      body="""Sam - it's polling day tomorrow and I've got a list of 11 elderly members in Ferry Lane who want a lift to the polling station and only 2 drivers. Can you put a shout out to the members' list tonight for anyone with a car free tomorrow between 10 and 3? Val""")

c.add("urgent", subject="Town Hall reception this evening - names by 2pm",
      body="""Dear Sam,

The Lord Mayor's office has asked for the names of the two CLP representatives attending this evening's reception for the twin-town delegation. They need the names by 2pm for security. The Chair had said he'd go but hasn't confirmed.

Many thanks,
Carol Henshaw
Lord Mayor's Office""",
      sender=("Carol Henshaw", "carol.henshaw@riverside-council.example.gov.uk"))

c.add("urgent", subject="catering for tonight has fallen through",
      sender=c.person("Aisha", "Khan"),
      body="""Sam, the caterer for tonight's community supper has rung to cancel - kitchen inspection, they've been shut down. We've got 80 people coming at 6.30. I can get pizza from the place on Bridge Street if the CLP will cover it (about £200) - can you OK the spend quickly please? Need to order by 4. Aisha""")

c.add("urgent", subject="Tenants meeting - today not Thursday",
      body="""Sam,

The Quayside Tenants' Association have moved their emergency meeting about the decant to TODAY at 6pm in the community room - the council's housing director can only do today. They've asked for a Labour councillor or someone from the party to be there and answer questions. Can you get one of the Quayside councillors to attend? If nobody from Labour turns up after all the fuss, it'll look terrible.

Olu""",
      sender=c.person("Olu", "Adebayo"))

c.add("urgent", subject="MP office - need the CLP statement by 11am",
      sender=("Rehana Patel", "rehana.patel@mp-office.example.uk"),
      body="""Morning Sam,

The MP is doing a round of local media at midday on the Quayside decision and would like to be able to say the CLP has been consulted. Could you let me have a short line from the CLP officers by 11am? Two or three sentences is fine. Sorry for the short notice.

Rehana
Senior Caseworker""")

c.add("urgent", subject="Re: projector",
      sender=c.person("Martin", "Gill"),
      body=c.quote_reply(
          """It doesn't work. Bulb's gone. Meeting is in 90 minutes and the speaker's whole thing is slides. Has anyone got one or do I run to Currys?""",
          """Martin - projector's in the cupboard at the office, key with Dev. Can you set it up for tonight's meeting? Sam""",
          style="gmail"),
      tags=("quoted",))

c.add("urgent", subject="Bank - payment blocked",
      body="""Sam, the bank has frozen the CLP account pending "verification of signatories" because the Chair's details were changed. The venue deposit for Saturday's fundraiser (£350) has to be paid by tomorrow lunchtime or they release the booking. The bank needs you to ring them and confirm, they won't speak to me. Their number is on the letter I've scanned in. Sorry! Kofi""",
      sender=c.person("Kofi", "Mensah"))

c.add("urgent", subject="urgent!! room key for tonight",
      sender=c.person("Zainab", "Hussain"),
      body="""hi sam, im at the community centre for the women's forum and the caretaker says he has no booking for us tonight and wont open the room. theres 12 of us standing outside. can you ring him on 07700 900 741 with the booking ref?? thanks""",
      tags=("noisy",))

c.add("urgent", subject="deliverers needed tomorrow - Old Mill",
      body="""Sam - three of the Old Mill deliverers have dropped out for tomorrow's final leaflet and the election's on Thursday. That's about 900 doors not getting done. Can you send a message round the other branches tonight asking for anyone who can do a round tomorrow? Leaflets at my house from 8am, 22 Pennine View. Thanks, Gary""",
      sender=c.person("Gary", "Whitehead"))

c.write()
