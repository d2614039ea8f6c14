"""train / ti2: safety (part 2 of 2). English of many backgrounds, dialects, machine
translation, dyslexic and older writers. Every message hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ti2", seed=1902)
SEC = c.clp[1].split()[0]
CLP = c.clp[0]

# 1 Arabic-speaking member forwards WhatsApp threats after Gaza motion
c.add("safety", subject="Fwd: messages after the motion", sender=("Rania Haddad", "rania.haddad@gmail.com"),
      tags=("forwarded", "third-party-report", "explicit", "non-native"),
      body=c.forward(
          f"""Dear {SEC}

Since I moved the Palestine motion at the GC I receive these on WhatsApp from numbers I don't know. I copy them all in one message for you. Some are in Arabic, I translated under. I am ok but my husband wants me to stop going to meetings. I don't want to stop. Please tell me what the party can do, and should I give these to police?

Rania""",
          """[19/11, 22:41] +44 7XXX XXX 218: you think your safe because your in england. your not
[19/11, 22:43] +44 7XXX XXX 218: we seen you at the meeting in the hall with your scarf
[20/11, 07:02] +44 7XXX XXX 553: يا خاينة، راح نوصلك
   (translation: you traitor, we will reach you)
[20/11, 07:05] +44 7XXX XXX 553: Hamas lover, we know your kids school on Greenway
[21/11, 23:58] +44 7XXX XXX 218: next meeting you wont be walking home""",
          "WhatsApp chat export <rania.haddad@gmail.com>", "WhatsApp messages", style="apple"))

# 2 Ghanaian voicemail: "I will not come alone"
c.add("safety", subject="Phone message for Cllr Amankwah - took it down word for word", sender=("Abena Owusu", "abena.owusu@outlook.com"),
      tags=("third-party-report", "implicit", "non-native"),
      body=f"""Hello {SEC},

I was covering the phones at the ward office today and a man called at about 2.30. He did not give his name. He was Ghanaian I think from the accent, older man. I wrote down what he said as best I could:

"Tell Madam Amankwah she will see. She thinks because she is councillor she is above us. I am coming to the surgery on Friday and I will not come alone. She knows what she did to my family with the housing. Tell her to be ready."

When I asked for his name he laughed and said "she knows me" and put the phone down.

Madam Amankwah is doing the surgery Friday 4pm at the Methodist hall on her own usually. I don't think she should. Please can somebody decide.

Abena
""")

# 3 HK, veiled: windows
c.add("safety", subject="office windows", sender=("Wong K.M.", "wongkm.hk@gmail.com"),
      tags=("veiled", "non-native"),
      body="""To Labour office,

Your MP speak in parliament about Hong Kong again like she know everything. Very brave in London. But your office in Chinatown area is not in London.

Hope your office windows are strong and your staff go home early these winter nights. Just friendly advise from local resident.
""")

# 4 Polish cleaner reports defaced photo
c.add("safety", subject="paper on the office door", sender=("Halina Nowak", "halina.nowak57@wp.pl"),
      tags=("third-party-report", "harassment", "suspicious-item", "non-native", "older-writer"),
      body=f"""Dear Mr/Mrs {SEC},

I am the cleaner in the Trades Hall, I do the Labour office on Monday and Thursday morning. Today Thursday 6.30 morning I find on the office door a paper stick with tape. Is a picture from the newspaper of the MP, with red cross on the face and the eyes cut out, and written under "YOUR NEXT". Also something red on the door handle, I think is paint, I hope is paint.

I did not take it down, I make photo on my telephone and I lock the corridor. Mr Jim the caretaker say he will ring police. I wanted to tell you because maybe you will come this morning.

I am sorry for my English.
Halina Nowak
""")

# 5 Bengali landlord association, conditional: "not to talk"
c.add("safety", subject="Selective licensing consultation", sender=("M. A. Chowdhury", "chowdhury.properties@gmail.com"),
      tags=("conditional", "non-native"),
      body="""Dear Sir

I am writing as chairman of the Spinney Hill Private Landlords Forum, we are 60 members mostly Bangladeshi and Pakistani background who are renting properties in the ward for 30 years.

We have went to the consultation, we have written letters, we have met with Cllr Joshi two times. Nobody is listening to us. The scheme will finish many small landlords and families.

Please inform Cllr Joshi that if she bring this scheme to the cabinet on 9th, then next time we will not come to the consultation. We will come to her home, many of us, and it will not be for talking or tea. She has been given enough respect from our side.

Regards
M A Chowdhury
""")

# 6 Somali woman: ex-husband's threat over candidacy
c.add("safety", subject="I need to withdraw my name - confidential", sender=("Sagal Ahmed", "sagal.a.ahmed@gmail.com"),
      tags=("third-party-report", "conditional", "non-native"),
      body=f"""Dear {SEC},

Please keep this private. I need to withdraw my nomination for the Northfields ward panel. It is not because I don't want to.

My ex husband found out I am going to be candidate. He called me yesterday and he said if he see my name on any ballot paper or leaflet he will take the children to back home and I will not see tomorrow. He has done things before, there is a non molestation order from 2023 but it finished. He know where I live now, he followed my sister car.

I am sorry to let the branch down. Please don't put my name or photo anywhere, not the website not the newsletter. If anybody ask for me say you don't know.

Sagal
""")

# 7 Brazilian Portuguese: dentist joke-threat
c.add("safety", subject="your councillor and my job", sender=("Thiago Souza", "thiagosouza.obras@hotmail.com"),
      tags=("explicit", "non-native"),
      body="""Hello

I work construction in the new flats in Brunswick Dock. Your councillor, the tall one with glasses (Mr Cooper), came with the council to stop the work because of noise complaint and now 40 men no work 2 weeks, no pay. He smiled when he said. Smiling!!

Tell him he will need a very good dentist after I meet him. Is not a joke. I know he walk his dog in Sefton park every morning, I see him. Next time I say hello.

Thiago
""")

# 8 Turkish webform: "bu is burada bitmez"
c.add("safety", subject="Website enquiry", sender=c.form_robot(),
      reply_to=("Emre Kaya", "emrekaya.uk@gmail.com"),
      tags=("webform", "veiled", "non-native", "mixed-language"),
      body=c.webform({
          "Your name": "Emre Kaya",
          "Your email": "emrekaya.uk@gmail.com",
          "Ward (if known)": "Dalston",
          "Your message": "Councillor Ozturk you think you are one of us but you are not. You betray Turkish and Kurdish people both. Bu iş burada bitmez. Sen bizi tanımazsın. Ask your mother about my family, she will tell you what we do to people who forget where they come from.",
          "I agree to be contacted": "No",
      }, form="Get in touch"))

# 9 Lithuanian: harassment, standing under windows
c.add("safety", subject="Re: Re: Re: noise complaint / councillor", sender=("Rimas Vaitkus", "rimas.vaitkus@gmail.com"),
      tags=("harassment", "stalking", "quoted", "non-native"),
      body=c.quote_reply(
          """You tell me again "not matter for party". OK.

Then I make it my matter. I will make the life of your councillor Mrs Allen as hell. Every day I will stand under her windows on Ferndale road when she come home from work. Every day. Also I go to her work. I have a lot of free time now because the council take my job. Until she fix my problem I am her shadow. She will learn my face very good.""",
          """Dear Mr Vaitkus,

As I explained previously, noise nuisance from your neighbours is a matter for the council's environmental health team rather than the Labour Party. Cllr Allen's caseworker has passed your details to them.

Best wishes""",
          style="bottom"))

# 10 Ukrainian volunteer: man photographing volunteers
c.add("safety", subject="Man at street stall today", sender=("Olena Kravchenko", "olena.kravchenko@gmail.com"),
      tags=("third-party-report", "following", "veiled", "non-native"),
      body=f"""Hi {SEC},

Short report from the stall at the precinct today (Saturday 11-1).

About 12.15 a man came, maybe 40 years, black hoodie, a small camera. He did not talk, he took photos of each of us close to our faces, also of the car registration of Pete's car. When Pete asked what he is doing he said "making a list" and "I will find all of you, one by one, you'll see". Then he stood by the bakery and watched us until we packed, then walked behind me and Yasmin to the car park.

Yasmin is 17. I drove her home by long way.

I have a photo of him from my phone. Should I send to police or to you first?

Olena
""")

# 11 Nigerian pidgin on X
c.add("safety", subject="New reply to your post", sender=("X", "info@x.com"),
      headers=c.newsletter_headers(), fmt="html",
      tags=("social", "html-only", "veiled", "non-native", "mixed-language"),
      html_body=f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="100%"><tr><td>
<p style="font-size:15px"><b>@NaijaTruthPeckham</b> replied to your post</p>
<p style="font-size:15px;border-left:3px solid #ccc;padding-left:8px">Dem go hear am. Councillor Adeyemi wey dey sell we people to the developers, we dey watch you o. We sabi your house, we sabi your moto. Make you continue, na only God go save you that day. 🔪</p>
<p style="color:#536471">Replying to <b>@{c.site().split('.')[0]}</b> · 14 replies · 52 likes</p>
<p><a href="https://x.com/i/status/1857234098127">View</a></p>
<p style="color:#8899a6;font-size:12px">This email was sent to you because you have notifications on. Unsubscribe. X Corp. 1355 Market Street, San Francisco, CA 94103</p>
</td></tr></table></body></html>""",
      body="")

# 12 Glasgow, forwarded list message
c.add("safety", subject="Fwd: [Partick residents] message for the cooncil", sender=("Fiona Brodie", "fiona.brodie@gmail.com"),
      tags=("forwarded", "list", "veiled", "third-party-report", "dialect"),
      body=c.forward(
          """This was posted on the residents' list last night. Thought you should see it since it names Ailsa. Probably hot air but the bit about her motor isn't nice.

F""",
          """Right. A wee message fur the cooncil an especially fur Ailsa McBride, seein as she reads this list.

Yous shut the day centre, yous shut the swimmin, noo yous are shuttin the library. Keep at it hen an see whit happens tae ye. Thon wee red Corsa o yours parks oot on Fortrose Street every night. Streets are dark roond there since yous cut the lights an aw. Naebody'd see a thing.

Just sayin.""",
          "Jimmy D <partickresidents@googlegroups.com>", "[Partick residents] message for the cooncil"))

# 13 Geordie: explicit property threat
c.add("safety", subject="wor lass's bus pass", sender=("Stevie Robson", "stevie.robson@virginmedia.com"),
      tags=("explicit", "dialect"),
      body="""Ye can tell yer councillor Fenwick that if the 22 bus stops runnin up Fenham way like the cabinet wants, aa'll put his windas in. Aall of them. Front an back. An his car's an aall.

Me wife cannit get to the RVI for her dialysis without it. Three times a week. Aa divvent care aboot politics, aa care aboot her.

Aa mean it. Ye've had yer warnin.
""")

# 14 Scouse: veiled "a visit"
c.add("safety", subject="Re: Everton ward office", sender=("Macca", "macca.l4@hotmail.com"),
      tags=("veiled", "dialect", "quoted"),
      body=c.quote_reply(
          """Youse ain't listenin are yous. We know where the office is on County Road and theres a lot of lads round ere sick to the back teeth of being mugged off by your lot. Dont be surprised if youse get a visit one night after yous lock up. Not from me obviously ;)""",
          """Hi,

Thanks for getting in touch. The ward office is open Mon/Wed 10-2. Cllr Hughes can't comment on individual planning applications before committee.

Best""",
          style="gmail"))

# 15 Brummie older writer, conditional
c.add("safety", subject="I've tried the nice way", sender=("Pat Hickman", "pathickman1948@btinternet.com"),
      tags=("conditional", "dialect", "older-writer"),
      body="""Dear Sir or Madam

I have tried the nice way. I've wrote three letters, two to Councillor Khan and one to the MP, and I've been to see the housing people at the Council House in town twice on the bus. My flat in Druids Heath has had no heating since the 2nd of October. I'm 77 and I've got COPD.

So I am telling you now. If that heating isn't on by Friday I'll be getting my grandson and his mates to go round to Councillor Khan's house in Hall Green and sort it out with him personal. They're big lads and they don't take no for an answer like I do. I know his road, my friend Brenda lives on it.

I don't want it to come to that. So get it done.

Mrs P. Hickman
""")

# 16 Welsh and English mixed
c.add("safety", subject="Ysgol / the school", sender=("Gwilym Rees", "gwilym.rees@btinternet.com"),
      tags=("implicit", "mixed-language", "dialect"),
      body="""Shwmae,

I'll write in English so the cabinet can read it.

Cllr Sian Lewis voted to merge Ysgol Gynradd Aberdâr with the English-medium school. Three generations of my family went there. Mi fydd hi'n edifar, credwch chi fi. She lives up by the chapel on Tudor Terrace, we all know, and she walks the dog on the tips every evening on her own. Accidents happen up there in the dark, look you. Terrible places they are.

Cer i grafu.
G. Rees
""")

# 17 Yorkshire: forwarded Facebook group doxxing
c.add("safety", subject="FW: this is on the Batley Matters page", sender=("Janet Sykes", "janet.sykes@hotmail.co.uk"),
      tags=("forwarded", "doxxing", "social", "third-party-report", "dialect"),
      body=c.forward(
          f"""{SEC} love, have you seen this? It's been shared 80 odd times since last night. That's Cllr Firth's actual house, I know because I've been there for tea. Someone needs to get it taken down. I've reported it to Facebook but they've done nowt.

Jan x""",
          """Batley Matters (public group)
Post by Wayne Barraclough · 9h

Here's where your so called councillor Terry Firth lives, 14 Moorside Crescent WF17, the one with the conservatory hes so proud of that OUR council tax paid for. Pop round and tell him what you think about the tip closing. Bring a few mates. Hes in most nights after 6. Let's see how he likes folk on his doorstep for a change 👊

👍 211   💬 96 comments   ↗ 83 shares

Top comment: Darren Hirst — be rude not to 😂 whose got eggs""",
          "Facebook <notification@facebookmail.com>", "Wayne Barraclough posted in Batley Matters"))

# 18 Dyslexic member: man waiting by car
c.add("safety", subject="bloke after GC", sender=("Daz", "darren.willis84@gmail.com"),
      tags=("following", "third-party-report", "noisy", "dyslexic"),
      body=f"""hi {SEC}

sorry for spelling im dislexic. after the GC on wensday sum bloke was wating by my car in the car park behind the labour club. never seen him befor. he new my name and said "your the one who put the motion about the trans stuff arnt you". then he said "we no were you live darren, be carefull what you vote for" an walked of. i didnt no what to say.

i dont want to make a fuss but my missus says i shud tell sumone. can we get the car park light fixed or sumthing

daz
""")

# 19 Older volunteer: powder in envelope
c.add("safety", subject="Envelope with powder - police here now", sender=("Doreen Mills", "doreen.mills@btinternet.com"),
      tags=("suspicious-item", "third-party-report", "older-writer"),
      body=f"""Dear {SEC},

I am writing this from my neighbour's house because the police and the fire brigade have asked me to stay out of mine for now.

This morning I was doing the post for the constituency office as I always do on a Tuesday, I take it home to open as my eyes are better with my big lamp. One envelope, handwritten, addressed to "The Labour Scum", had a white powder in it which went all over my kitchen table. There was a note inside typed on a computer which said "Next time its real. Tell your MP."

I washed my hands straight away and rang 999. The fire brigade people are in masks. They think it is probably flour or talc but they are testing it.

I am quite all right, just a bit shaky. I'm sorry but I don't think I will do the post any more. Please let the others know not to open anything odd.

With best wishes,
Doreen (Mrs D. Mills)
""")

# 20 Machine-translated Romanian: boomerang
c.add("safety", subject="Consiliera / Councillor", sender=("Marian Stoica", "marian.stoica77@yahoo.ro"),
      tags=("veiled", "machine-translated", "non-native"),
      body="""Hello,

I am writing to you regarding the councilor Mrs. Nicola Evans who has refused three times the request of our association for the church hall.

Be careful of what you are doing, Madam Councilor, because everything returns like the boomerang. You have two small children and a husband who works late at night. In life nobody knows what the day of tomorrow brings, and it would be a pity.

With respect,
Marian Stoica
Romanian Orthodox community
""")

# 21 Punjabi-English, quoted, conditional
c.add("safety", subject="Re: Shortlist for Soho & Victoria ward", sender=("Gurpreet Dhillon", "gurpreet.dhillon@hotmail.com"),
      tags=("quoted", "conditional", "non-native"),
      body=c.quote_reply(
          """With respect this is not acceptable. Our community has 300 members in this ward and you put Jaswinder on the shortlist and not Bhupinder. Everybody know Jaswinder's family and what they did.

If you don't remove his name from the shortlist before the hustings, we will do it our own way. Then don't cry and don't call the police, because it will be too late. Jaswinder should think about his family also. I am telling you as a brother.""",
          """Dear Mr Dhillon,

The shortlist for Soho & Victoria was agreed by the Local Campaign Forum panel on 2 November following interviews. I'm afraid the panel's decision is final, though unsuccessful applicants can ask for feedback.

Kind regards""",
          style="outlook"))

# 22 Arabic: wish harm, "Allah yakhdo"
c.add("safety", subject="الله ياخذه", sender=("Umm Ali", "ummali.sheffield@gmail.com"),
      tags=("wish-harm", "non-native", "mixed-language"),
      body="""The councillor Mr David Turner he is sitting with the Zionist group in the photo on Facebook and then he come to our school for the Eid and eat our food and smile.

الله ياخذه. May God take him and take his family. I ask God every night in my prayer that he see in his children what the children in Gaza see. I do not do anything, I am woman at home, but God will do and maybe somebody from the brothers will help.

Do not reply me with your explanation.
""")

# 23 Bengali teen txt-speak
c.add("safety", subject="Re: youth forum", sender=("Rayhan", "rayhan_x_07@gmail.com"),
      tags=("explicit", "noisy"),
      body="""nah fam ur mp is a dead woman walkin lol. u lot dont even kno. she votes for that welfare ting again n shes done. ppl in my ends aint playin no more, thy kno were her constituency office is n the times she come. watch.
""")

# 24 Polish HTML-only: "zrobimy porzadek"
c.add("safety", subject="meeting on Thursday", sender=("Krzysztof", "krzysiek.budowa@interia.pl"), fmt="html",
      tags=("html-only", "explicit", "non-native", "mixed-language"),
      html_body="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>To Labour party,</p>
<p>I see on facebook your public meeting in the Polish club on thursday about the <b>new rules for work visa</b>. You use OUR club for this politics, against people like my brother who cannot come now.</p>
<p>I come on thursday with my friends, maybe 10 people. We will make order with you. Zrobimy z wami porządek, raz na zawsze. After this you will not want come to the Polish club never.</p>
<p>Krzysztof</p>
<p style="color:#777;font-size:9pt">Wysłane z aplikacji Poczta w systemie Windows</p>
</div></body></html>""",
      body="")

# 25 Councillor forwards a caller, Somali English, "wallahi"
c.add("safety", subject="Fw: caller to my mobile - for the record", sender=("Cllr Abdirahman Yusuf", "cllr.a.yusuf@council.example.gov.uk"),
      tags=("forwarded", "third-party-report", "explicit", "non-native"),
      body=c.forward(
          f"""{SEC}, for the record and for the party's file. I had this text after the housing allocations meeting. I know who it is, he is a man from my own community, I have told the police. I am only sending so you know in case anything happens at the surgery. Please do not share widely.

Abdirahman""",
          """you sold us to get a seat on the council. wallahi you will regret the day you was born. i dont care about police i dont care about prison. the day you come to the masjid i will be there and you will not leave on your feet. everybody will see""",
          "07xxx xxx 904 (SMS, saved as note)", "text message", style="outlook"))

# 26 Ghanaian curse / veiled
c.add("safety", subject="I have left the matter to God and the river", sender=("Nana Akua Boateng", "nanaakua.boateng@yahoo.com"),
      tags=("veiled", "non-native"),
      body=f"""Dear Secretary,

I write this with a heavy heart. For two years I organised the women in this branch, I cooked for every fundraiser, I took my own car to carry old people to vote. Then at the AGM the new people came and voted me out of women's officer and put this girl Chloe who has been a member for eight months.

I have not insulted anybody. I have not fought anybody. I have taken the matter to God and to the river at home, and what I have asked for, I have asked for. Whatever happens to that girl and to the man who organised this, Mr Richard Bell, from today is not my hand. Let them watch their steps, their health and their houses. They will remember my name.

I will no longer attend meetings.

Madam Nana Akua Boateng
""")

# 27 HK webform: 你小心啲
c.add("safety", subject="New form entry: Contact the office", sender=c.form_robot(),
      reply_to="anon.hk.uk@proton.me",
      tags=("webform", "veiled", "non-native", "mixed-language"),
      body=c.webform({
          "Name": "A concerned Hongkonger",
          "Email": "anon.hk.uk@proton.me",
          "Phone": "",
          "Message": "給 Councillor Jenny Lau：你小心啲。你以為嚟咗英國就冇人認得你？ We know you are from Tai Po, we know your family. Stop organising the BNO welfare events with Labour. 識做啲。This is your only reminder.",
      }, form="Contact the office"))

# 28 Older Scots: stick
c.add("safety", subject="Councillor Gilmour", sender=("Agnes Lauder", "agnes.lauder@btinternet.com"),
      tags=("explicit", "dialect", "older-writer"),
      body="""Dear Secretary,

I am 88 years of age and I have voted Labour since Attlee. I am writing about the closing of the wee post office counter in the Co-op on Main Street which Councillor Gilmour said nothing about at the community council.

I can no longer walk to the big post office in the town. I have told him twice at his surgery.

You may tell Councillor Gilmour from me that if I see him on Main Street I will take my stick to him, and I will not be gentle about it. My late husband was a shipwright and I have strong arms yet. He is a big feartie and he knows it.

Yours sincerely,
Mrs Agnes Lauder
""")

# 29 MP's caseworker reports daily caller asking when she leaves
c.add("safety", subject="Caller asking what time I finish", sender=("Saira Bashir", "saira.bashir@mp-office.example.org.uk"),
      tags=("stalking", "third-party-report", "non-native"),
      body=f"""Hi {SEC},

I wanted to let the CLP know as well as the parliamentary security people, as some of our volunteers use the office too.

For about 3 weeks a man rings the constituency office nearly every day, always asks for me by name (Saira) even though I don't give my name on the phone. His casework is about a PIP appeal which we are helping with. But last week he started asking "what time do you finish today" and "do you still get the number 7 bus", and on Monday he said "you looked tired yesterday". I had been at the office late on Sunday for the surgery prep.

I have told my manager and PLO. I am not doing late shift alone any more. Can you please remind volunteers not to tell callers who is in the office or when.

Thanks,
Saira
Senior Caseworker
""")

# 30 European Portuguese machine translated: "break your face"
c.add("safety", subject="Answer please", sender=("Nuno Ferreira", "nuno.ferreira.uk@gmail.com"),
      tags=("explicit", "machine-translated", "non-native"),
      body="""Good morning,

I sent three emails about the parking fine for my van that the councilor promised to help and he did nothing. I lost the van to the bailiffs.

I am going to go there to the surgery on Saturday to break his face. Let him know that I am a man of word. Later do not say that I did not warn.

Nuno Ferreira
""")

# 31 Turkish: many cousins, implicit
c.add("safety", subject="Meeting Cllr Aksoy", sender=("Burak Şahin", "buraksahin@gmail.com"),
      tags=("implicit", "non-native"),
      body="""Hi,

Tell Cllr Aksoy his cousin Burak say hello. He knows which Burak.

He made big promise to my father before the election about the shop licence and now he does not answer the phone. In our family we don't forget promises. I have many cousins in Haringey and Enfield, he also knows this. They all know his new address now, the nice new house in Winchmore Hill. Congratulations to him.

Burak
""")

# 32 Lithuanian report: tyres slashed and note
c.add("safety", subject="my car after canvassing Sunday", sender=("Tomas Jankauskas", "tomas.jankauskas@gmail.com"),
      tags=("third-party-report", "harassment", "non-native"),
      body=f"""Hello {SEC},

I want to inform the party. Sunday I was canvassing with Bev's team in Ridgeway (Oak road, Birch road). I parked my car on Oak road, it has the Labour rosette sticker on back window.

When we finished at 1pm two tyres was cut with knife, and on the windscreen a paper: "LABOUR SCUM GO HOME. WE KNOW YOUR CAR NOW." Written by hand.

I made police report (crime number 14/88213/26). Insurance will pay I hope. But I think other volunteers must know, especially if they park there. Maybe I remove the sticker now.

Tomas
""")

# 33 Ukrainian older woman: neighbour and poster
c.add("safety", subject="neighbour and the poster in my window", sender=("Valentyna Shevchenko", "valentyna.shev@ukr.net"),
      tags=("third-party-report", "explicit", "non-native", "older-writer"),
      body="""Good day,

I am 71 years, from Ukraine, living in this country 3 years with my daughter. I put the Labour poster in my window for the by-election because the lady candidate help me very much with the housing.

My neighbour from number 12 knocked on my door yesterday very angry and said he will burn the poster "together with the window and everything behind it" if I don't take it down. He said "Labour brought people like you here". My daughter is at work all day. I am alone.

I took the poster down. I don't want problems. But I am afraid now. What I must do? Can you tell the police or the candidate? My English is not good for the telephone.

Valentyna
""")

# 34 Nigerian church elder: "our boys will deal with her"
c.add("safety", subject="Cllr Sharon Wright and our church", sender=("Pastor Femi Ogunleye", "pastor.femi@graceassembly.example.org"),
      tags=("conditional", "veiled", "non-native"),
      body="""Dear Secretary,

Cllr Sharon Wright has continued to oppose the planning permission for our new church building on the industrial estate, and she has also mocked our congregation in the local newspaper by calling our services a "noise nuisance".

We have prayed on this matter. I have also held a meeting with the youth of the church. I must tell you that I can no longer vouch for what they will do. Our boys have said that when she comes to canvass on Ashgrove estate they will deal with her, and I have not been able to calm them. Let her try and come. I am only informing you so that nobody says the church did not warn.

God bless,
Pastor F. Ogunleye
""")

# 35 Dyslexic explicit
c.add("safety", subject="that canvasser", sender=("Shane", "shane.oconnor1990@hotmail.com"),
      tags=("explicit", "noisy", "dyslexic"),
      body="""wich one of you lot sent that bloke round to my house on sunday during the match. i told him to go away twice. if he nocks on my dor agen ill smash his face in, no joke, and the gingr woman wiv him an all. im on the list now aint i, take me of it or sum1 will get hurt
""")

# 36 Older writer, long rant with ALL CAPS, threat near end
c.add("safety", subject="THE STATE OF THIS TOWN", sender=("Raymond Kettle", "raykettle39@aol.com"),
      tags=("embedded", "explicit", "older-writer", "noisy"),
      body="""Dear Sirs,

I have lived in this town for 86 years and I have never seen it in such a state. I remember when the market hall was the centre of everything, you could get your meat, your veg, your shoes mended and a cup of tea for tuppence. Now it is all phone shops and vape shops and bookmakers. The council let it happen and your lot have run the council since 1995 so don't blame the Tories.

The buses are a disgrace. The 41 used to come every ten minutes now it is every hour if you are lucky and it does not come at all on Sundays. My doctor's surgery has been taken over by some company from London and I cannot get an appointment for love nor money, they tell me to use the app. I AM 86 I DO NOT HAVE AN APP.

The bins have not been emptied properly since the strike. The pavement outside my house is broken and I have fallen twice. I reported it in March. Nothing.

Then last week a young woman from your party came to my door with a clipboard asking me if I would "be voting Labour again". She did not listen to one word I said. She was looking at her phone. She said she would "pass on my concerns". I have heard that before.

I will say this once. AND IF THAT WOMAN COMES TO MY DOOR AGAIN SHE WILL GO HOME IN AN AMBULANCE. I still have my service revolver from Aden in the loft and I know how to use it, whatever you may think of an old man.

I want someone to come and look at my pavement.

R. Kettle
""")

# 37 Forum digest (bulk-looking), threat in a member comment
c.add("safety", subject="[Members' Forum] Daily digest - 5 new posts", sender=("Members' Forum", "noreply@forum.example-labour.org.uk"),
      headers=c.list_headers("Members Forum", domain="forum.example-labour.org.uk"),
      tags=("list", "embedded", "non-native"),
      body="""Members' Forum — Daily digest

1. "Phone bank Tuesday: who's in?" — posted by Linda_K
   I can do 6-8pm. Can someone bring the spare headsets? 3 replies

2. "Winter fuel motion wording" — posted by GrahamT
   Draft attached, comments by Friday please. 7 replies

3. "Re: Hustings arrangements" — posted by Adrian.Popa
   To be honest I am sick with how this selection is going. Everybody saw what Mrs Collins did, the phone calls to the members the night before. I say here for everybody to read: if she is selected, she will not have one quiet day in this ward, and not one quiet night at home either, I will personally make sure. She knows who I am and I know where she is. 2 replies

4. "Lost umbrella at the GC" — posted by Maureen.O
   Black with white spots, it was my husband's. 0 replies

5. "Christmas social - venue?" — posted by Tash
   The Crown have offered the function room for free if we do food. 11 replies

You are receiving this digest because you are subscribed to the Members' Forum. Change your settings: https://forum.example-labour.org.uk/settings
""")

# 38 Polish webform: shop owner reports customer's threat
c.add("safety", subject="Form submission: Report a concern", sender=c.form_robot(),
      reply_to=("Beata Lewandowska", "sklep.polskismak@gmail.com"),
      tags=("webform", "third-party-report", "explicit", "non-native"),
      body=c.webform({
          "Name": "Beata Lewandowska",
          "Email": "sklep.polskismak@gmail.com",
          "Phone": "07700 900418",
          "What is your concern about?": "Safety",
          "Details": "I have the Polish shop on Bridge Street (Polski Smak). Your leaflets for Ms Nowicka the candidate are on my counter, she is my friend. Today a customer (man about 30, I see him before, he lives near) saw the leaflet, tore it and said in Polish that he will \"find the Labour lady from the leaflet and she will regret she put her face there\". He asked me where she lives!! I said I dont know. He said \"never mind, I will find out\". I am worried for her, please tell her. I have CCTV of him.",
      }, form="Report a concern"))

# 39 Arabic-speaking member: WhatsApp pile-on with school
c.add("safety", subject="Community WhatsApp group - Cllr Hussain", sender=("Yasmin Al-Rashid", "yasmin.alrashid@gmail.com"),
      tags=("pile-on", "doxxing", "third-party-report", "non-native"),
      body=f"""Salam {SEC},

I am in a big community WhatsApp group (about 900 people, Yemeni and Somali mainly) and since Sunday there is a campaign against Cllr Samira Hussain because she didn't sign the ceasefire letter quick enough. Maybe 50 people are posting about her.

It started as normal anger but now it is very bad. Someone posted her home address and a photo of her house. Someone else posted the name of her children's primary school with "everybody knows now". One message say "traitors in our time were dealt with, we should remember how" and many people put the 👍. The admin did not remove anything.

I screenshot everything before they delete. I don't want to be known as the one who reported it, please. But she must know and somebody must tell the police.

Yasmin
""")

# 40 Romanian short final warning
c.add("safety", subject="last warning", sender=("R.", "radu.g.1988@gmail.com"),
      tags=("conditional", "veiled", "non-native"),
      body="""Last warning. Cancel the vote on thursday for the travellers site on Moss lane or thursday will be the last meeting you organise. I was at the last one, I know who sit where and who go home which way.
""")

c.write()
