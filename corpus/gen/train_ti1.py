"""train / ti1: safety (part 1 of 2). English as really written by people of many
backgrounds: non-native writers, dialect, machine translation, dyslexic spelling, older
writers. Every message hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ti1", seed=1901)
SEC = c.clp[1].split()[0]
CLP = c.clp[0]

# 1 Polish, implicit: car, school run
c.add("safety", subject="about hotel for asylum", sender=("Grzegorz W.", "grzesiek.wisniewski77@wp.pl"),
      tags=("implicit", "stalking", "non-native"),
      body="""Hello,

I write to you because nobody answer me on facebook. Your councillor Mrs Harris she say in newspaper that she support the hotel on Station road for the asylum men. OK is her opinion.

But I see her car every morning, silver Ford Focus, 7.40 she is going with the two children to school St Mary's on Cranbrook lane. Always same time. I am working night shift so I am driving home always same time also.

Maybe she think again about this hotel. Maybe you tell her I am asking nicely this time.

Grzegorz
""")

# 2 Romanian, conditional, about a selection
c.add("safety", subject="Re: Grange ward selection", sender=("Ionut Popescu", "ionut.popescu.ro@yahoo.com"),
      tags=("conditional", "non-native"),
      body="""Good evening,

I was at the selection meeting from Grange ward on Thursday and I see everything how was done. The votes was not correct and all the people know this. Mr Derek Lloyd he bring people which are not living in the ward, they come only for vote him.

I tell you very clear. If this man become councillor for Grange there will be consequence for him and also for the people which help him, include you. I dont joke with this things. In my country we know how to finish with people like this and here is not different.

You have until the list go to the council to change. After is not my responsability what happen.

Ionut
""")

# 3 Urdu/Punjabi idiom: nani yaad dila denge
c.add("safety", subject="Gaza vote - message to councillors", sender=("Shahid Mehmood", "shahid.m1983@hotmail.co.uk"),
      tags=("veiled", "conditional", "non-native", "mixed-language"),
      body="""Assalam o alaikum,

Brother/sister I am writing on behalf of many peoples in Alum Rock and Washwood area. We voted labour all our life, my father voted labour since 1972 when he come from Mirpur.

Your councillors who abstained on the ceasefire motion, Cllr Bennett and Cllr Walsh, they should know we are not going to forget. Inshallah in May we vote them out yes. But this is not only about vote. Tell them agar yeh phir se hamare mohalle mein aaye to hum inhe nani yaad dila denge. They will know what that mean when they come. Everyone knows their faces now, we have pictures on every group.

Don't send me your standard reply please.

Shahid
""")

# 4 Bengali: third-party report, husband watched at the mosque
c.add("safety", subject="phone call to my home yesterday night", sender=("Rokeya Begum", "rokeya.begum61@gmail.com"),
      tags=("third-party-report", "implicit", "stalking", "non-native"),
      body=f"""Dear {SEC},

Sorry for disturbing you. My husband is Cllr Abdul Rahman, he said not to make fuss but I am very worried so I am writing myself.

Yesterday night about 10.30 the house phone ring. I answer. A man speaking in Sylheti, young voice. He said "tell your husband we know he pray Maghrib at Jamia masjid on Brick street and he come out alone by the back door, every day same time. Tell him to stop with the Labour business or one day he will not come home." Then he put the phone down. The number was hidden.

This is second time. First time was two weeks ago but more soft, only saying he is munafiq.

My husband is not taking it serious. Our youngest son is 11. Please what we should do? Should the party call police or we do it? I don't want my husband to know I wrote to you, please be careful when you contact him.

Jazakallah,
Rokeya
""")

# 5 Somali English: following women canvassers
c.add("safety", subject="men waiting after meeting at Hodan centre", sender=("Hodan Warsame", "hodanwarsame@outlook.com"),
      tags=("third-party-report", "following", "non-native"),
      body="""Salaam,

I want to report something happen after the women's forum on Tuesday at Hodan community centre. When we finished about 9pm there was three men outside in a black car, engine running. They was there also when we arrived. When me and Sahra and Ifrah walked to the bus stop the car follow us slowly, then stop, then follow again. One man open window and said our names, all three names, and said "the Labour girls" and laugh.

Sahra is very scared now she say she will not come to canvass Saturday. I am not scared easy but they knew our names which is not normal. Only people on the WhatsApp group know who is coming.

Can the party do something? Maybe someone to walk with us next time or we change the place. I did not go to police yet, I wanted ask you first.

Thank you
Hodan W.
Women's officer, Eastfield branch
""")

# 6 Arabic, machine-translated, veiled idiom
c.add("safety", subject="To the secretary of the party", sender=("Abu Yazan", "abuyazan.uk@gmail.com"),
      tags=("veiled", "machine-translated", "non-native"),
      body="""Peace be upon you

I send this message to the Labour party in our city and to the member of the Council Mr. Gareth Morris personally.

You have supported the killers with your silence and your vote, and you think that the people forgot. The people did not forget and will not forget. I swear by God that we will show him the stars in the middle of the day. His end in this city is close if he continues on this way, and his house and his street are known to everyone in the neighborhood.

This is advice before it is a warning. Whoever warns is excused.

Abu Yazan
""")

# 7 Portuguese idiom: vais ver o que e bom para a tosse
c.add("safety", subject="licenciamento / landlord license", sender=("Rui Carvalho", "rui.carvalho.lettings@sapo.pt"),
      tags=("veiled", "non-native", "mixed-language"),
      body="""Boa tarde,

I am landlord with 4 houses in Sandfield and now the council want £750 each for the licence scheme which your Labour councillors vote yes. Is a robbery. I pay my taxes in this country 19 years.

I went to the surgery of Cllr Price last month and she did not even look at me when I speak. Very arrogant.

Diga-lhe que ela vai ver o que é bom para a tosse. She will understand soon, I promise. I know where she park every Saturday for the surgery and I will be waiting to explain her better, not with words this time.

Rui
""")

# 8 Turkish idiom: anasini aglatirim
c.add("safety", subject="CLOSING MY SHOP", sender=("Mehmet Yildiz", "mehmetyildiz_34@hotmail.com"),
      tags=("explicit", "non-native", "mixed-language", "noisy"),
      body="""hello

Your councillor Mr Thomas is the chair of licensing and he closed my shop on Kings Parade for 3 month because of 2 customer fight outside at 2am. Is not my fault. I have 6 worker with family. 20 years I am in this street.

I am very angry. I tell you in turkish so he can get somebody to translate: onun anasını ağlatacağım. He will cry like baby when I find him. tell him dont come to Kings Parade again he will not walk back home on his feet

Mehmet
""")

# 9 Lithuanian: crayfish idiom
c.add("safety", subject="councilor Mr Jenkins", sender=("Darius Kazlauskas", "darius.kaz@inbox.lt"),
      tags=("veiled", "non-native"),
      body="""Hi

I want that you give this message to councilor Jenkins because he block me on facebook. He write that people from eastern europe are "problem in the Marsh estate" when he talk about the fly tipping. I live there 11 years and I never put rubbish on street.

So tell him. I will show him where crayfish spend winter. In Lithuania everybody know what this mean, he can ask. I know his shop on Corporation street also, his wife work there Tuesday and Thursday.

Darius
""")

# 10 Ukrainian, explicit through idiom, about a member
c.add("safety", subject="your member Steven Marsh", sender=("Oleksandr Bondarenko", "o.bondarenko@ukr.net"),
      tags=("explicit", "non-native", "mixed-language"),
      body="""Dear Labour party

Your member Steven Marsh who was at the stall in market square on Saturday with red leaflets, he said to my wife that Ukraine "should just give them the land and stop the war". My wife was crying all day. Her brother is in Kharkiv under the bombs right now.

I am not a politics man. But please tell to this Steven that I will find him and I will show him Kuzka's mother (я йому покажу кузькину матір). He will not stand in this market again. I come every Saturday.

Oleksandr
""")

# 11 Nigerian pidgin/English, veiled + address
c.add("safety", subject="Ashgrove estate regeneration", sender=("Chukwuemeka Ani", "emekaani.enterprises@yahoo.com"),
      tags=("veiled", "doxxing", "non-native", "mixed-language"),
      body="""Good day Sir/Madam,

I am writing concerning the regeneration of Ashgrove estate where the council is pursuing all the small businesses under the arches. Your Cllr Okonkwo is our own brother and he is the one championing this matter against his own people. It is very painful.

Let him hear it from me: he go see pepper. We know the house for Oakfield road, number 41 with the black gate. We know the Sunday he attend church. Make he try continue this matter and see wetin go happen. Nobody go tell am twice.

I have copied this to some of our community leaders.

Emeka
""")

# 12 Ghanaian: "by fire by force"
c.add("safety", subject="What happened at the shortlisting", sender=("Kwabena Asante", "kwabena.asante@gmail.com"),
      tags=("veiled", "conditional", "non-native"),
      body=f"""Dear Secretary,

Greetings. I want to put on record my disappointment with the shortlisting panel of {CLP}. My brother Yaw Asante has served this party for 15 years, knocked doors in rain and sun, and you people removed him from the longlist on a technicality about his membership date. Everybody knows it was arranged.

I am warning you seriously, and please take it seriously. The people who did this to my brother will pay for it, by fire by force. You know yourselves who you are. When the time comes do not say nobody told you. I am not a man who talks plenty.

Kwabena Asante
""")

# 13 HK Cantonese speaker: report of transnational intimidation
c.add("safety", subject="Message I received - please advise", sender=("Kelvin Chan", "kelvin.chan.hk@protonmail.com"),
      tags=("third-party-report", "quoted", "implicit", "non-native", "mixed-language"),
      body="""Hi,

I am a new member since last year, I moved from Hong Kong on the BN(O) visa in 2022. I spoke at the branch meeting about the HK community and then my photo was on the branch Facebook page (I agreed for that).

Since then I receive messages on Signal from unknown number. I copy the last one here, it is mixed Chinese and English:

"陳先生，你喺英國都唔安全。We know your mother still live in Sha Tin. 你因住呀. Stop the Labour activities, stop talking about HK. 好自為之."

(Roughly: Mr Chan you are not safe even in UK. We know your mother still live in Sha Tin. You watch out. Stop... Think carefully about what is good for you.)

I reported to the police hotline for national security already. But I want to tell the party because they may also look at other HK members. Please can you remove my photo from the Facebook page now.

Thank you,
Kelvin
""")

# 14 Scots (Glasgow): explicit
c.add("safety", subject="yer cooncillor", sender=("Big Tam", "tamcollins1971@btinternet.com"),
      tags=("explicit", "dialect", "noisy"),
      body="""see that cooncillor o yours Cllr Reid. tell him fae me if he shows his face in the scheme again efter whit he done tae the community centre hes gettin carried oot. no a threat its a promise. every cunt in Drumbank knows whit he looks like noo.

dinnae bother emailin back wi yer "we value your feedback" pish
""")

# 15 Geordie: implicit, routine
c.add("safety", subject="Cllr Dixon", sender=("Gaz", "gazza.nufc.1892@hotmail.co.uk"),
      tags=("implicit", "stalking", "dialect"),
      body="""Ye can pass this on to Dixon since he winnit answer his phone.

Aa divvent knaa who he thinks he is shuttin the Walker baths. Me bairns learnt to swim there, me da learnt to swim there.

He wants to watch hissel. Aa knaa where he drinks on a Friday, the Ship on Dean Street, sits in the corner by the dartboard wi his pint of Ex. Aa knaa what time he gans yem an aa. Just sayin.
""")

# 16 Scouse: explicit
c.add("safety", subject="ur MP", sender=("Kieran", "kieranlfc96@icloud.com"),
      tags=("explicit", "dialect", "noisy"),
      body="""tell that arl arse of an MP that she can do one. voting for the winter fuel cut wen me nan was sat in her coat all last winter. shes a disgrace la.

she comes round ere with her clipboard again she'll get a slap i swear down. me and the lads know wen she does the doors in Norris Green, its always saturday mornings. she wont be doing any more after. sound.
""")

# 17 Brummie: implicit, waiting at the surgery
c.add("safety", subject="Tuesday surgery", sender=("Lee Corbett", "lee.corbett@sky.com"),
      tags=("implicit", "following", "dialect"),
      body="""Alroight,

Tried ringing the office three toimes about me mom's housing repair, damp coming down the walls in the back bedroom, she's 79. Nobody rings back.

Yow tell Cllr Ahmed oi'll be at his surgery Tuesday at the Kingstanding library. Oi'll be there when it shuts an all and oi'll be waitin by his car in the car park. Grey Passat innit. He can explain to me face to face then. Bring somebody with him if he wants, won't help him.

Lee
""")

# 18 Welsh English: doxxing-ish, red door
c.add("safety", subject="The school closure vote", sender=("Dai Pugh", "daipugh.ponty@btinternet.com"),
      tags=("implicit", "doxxing", "dialect"),
      body="""Now then,

I've been a Labour voter my whole life, my father was a miner in the Maerdy, his father before him. And now your lot on the council want to shut Ysgol Penrhys like it's nothing.

I'll tell you something for nothing, boyo. Cllr Gwen Harries lives on Heol y Nant, the house with the red door and the caravan on the drive, everybody knows it. Now everybody in the Facebook group knows it too, I've made sure. She'll be sorry now, I'm telling you, if that vote goes through on the 14th. Don't say you weren't told.

Dai
""")

# 19 Yorkshire: veiled
c.add("safety", subject="Library", sender=("Arthur Haigh", "a.haigh43@talktalk.net"),
      tags=("veiled", "dialect", "older-writer"),
      body="""To whom it concerns,

Tha wants to think on before tha shuts Thornbury library. I'm 81 and I've had my ticket there since 1951. My lad's lads go there after school.

I'll not be telling thee twice. Folk round 'ere 'ave long memories and there's nowt stopping 'em calling round to Councillor Brook's 'ouse one dark night to tell him what they think. I know where he lives, he's only three streets from me. I'm saying nowt more.

A. Haigh
""")

# 20 Dyslexic, implicit
c.add("safety", subject="the cuts", sender=("Jodie", "jodiemarie_x@hotmail.com"),
      tags=("implicit", "noisy", "dyslexic"),
      body="""i no were she lives an her kids go to that scool on the hill st Johns. wen the cuts to the sure start center come in an my son looses his place shes gona regret it i swear. i wont be the only one eather theres loads of us. she dont care about us so we dont care about her. tell her that from me
""")

# 21 Older writer, formal, veiled/conditional
c.add("safety", subject="Closure of Bramley Day Centre", sender=("Reginald Ashworth", "reg.ashworth@btinternet.com"),
      tags=("veiled", "conditional", "older-writer"),
      body=f"""Dear Sir or Madam,

I am 84 years of age and have been a member of the Labour Party since 1961, when I joined at the Co-operative hall in this town. I have delivered leaflets in eleven general elections and I buried my wife last year with a Labour rose on the coffin.

I write regarding the proposal to close Bramley Day Centre, which my late wife and I attended for six years and which is the only company many of us have from one week to the next.

I am not a violent man and never have been. But I must tell you plainly that if the Council proceeds with this closure I shall not be answerable for what some of the younger men in our road may do. Feeling is running very high. Two of them have asked me for Councillor Hughes's home address, and I have not given it to them. Yet.

I would ask you to pass this letter to the Councillor in full so that he understands the strength of feeling.

Yours faithfully,
Reginald Ashworth (Mr)
""")

# 22 Web form, Polish
c.add("safety", subject=f"New submission: Contact us", sender=c.form_robot(),
      reply_to=("Pawel Zielinski", "pawelz1990@o2.pl"),
      tags=("webform", "explicit", "non-native"),
      body=c.webform({
          "Name": "Pawel Zielinski",
          "Email": "pawelz1990@o2.pl",
          "Postcode": "LS11 7QP",
          "Subject": "councillor",
          "Message": "Your councilor who make the new parking zone on my street, I will break his legs. I am serious. Every day I pay £4 now to park in front my own house and he live free with his driveway. I find him and he will need parking for wheelchair.",
          "How did you hear about us?": "Other",
      }))

# 23 Facebook notification, Urdu-English comment
c.add("safety", subject="Asif Raza commented on your post", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"), fmt="alt",
      tags=("social", "veiled", "doxxing", "non-native", "mixed-language"),
      body=f"""Asif Raza commented on {CLP}'s post.

Asif Raza
"Councillor Nadeem ko sabak sikhana padega. He thinks he is big man now. We all know his shop on Ladypool Road and what time he close it. Dekhte hain kitne din aur khulti hai. 🔥🔥"

23 Like · Reply

View comment: https://www.facebook.com/groups/{c.site().split('.')[0]}/posts/9182736450

You're receiving this because you manage this Page. Unsubscribe
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland
""")

# 24 List post, broken English, threat at the end
c.add("safety", subject="[Eastfield Branch] Re: leafleting rota December", sender=("Aurel Munteanu", "aurel.munteanu@gmail.com"),
      headers=c.list_headers("Eastfield Branch members"),
      tags=("list", "embedded", "non-native"),
      body="""Hello all,

I can do the Saturday 6 december morning round, the streets near the Lidl (Poplar road, Ash grove, Bellevue). I have 200 leaflet still from last time in my car.

Also I want say something. Last meeting the member Kevin Boyle say in front of everybody that I am "not really Labour" because I am from Romania and I only come for vote on the selection. Everybody laugh. Nobody say nothing, not the chair not nobody.

Kevin, you read this list I know. Next time you say this I will meet you outside after the meeting and we will see who laugh. I know you walk to the 52 bus alone.

Aurel
""")

# 25 Quoted reply, Romanian, threat on top of secretary's polite reply
c.add("safety", subject="Re: Your complaint about Cllr Stewart", sender=("Florin Dobre", "florin.dobre84@yahoo.com"),
      tags=("quoted", "conditional", "non-native"),
      body=c.quote_reply(
          """Your answer is bulshit. Is always "process" "process".

I tell you one more time. If Stewart not say sorry in public for what he say about my wife at the surgery, I will come to his house and I will say sorry for him, with my hands. I know his house, is near my cousin house. You have until friday.""",
          f"""Dear Mr Dobre,

Thank you for your email. I am sorry to hear about your experience at Cllr Stewart's surgery on the 3rd.

Complaints about the conduct of councillors in their council role should go to the council's monitoring officer. If your complaint is about his conduct as a party member, the party has a national complaints process and I can send you the link.

Kind regards,
{c.clp[1]}
Secretary, {CLP}""",
          style="gmail"))

# 26 Forward: voicemail transcript, Punjabi-English
c.add("safety", subject="FW: voicemail transcript - PLEASE READ", sender=("Harjit Kaur", "harjit.kaur@councillor-office.example.org.uk"),
      tags=("forwarded", "third-party-report", "explicit", "non-native"),
      body=c.forward(
          f"""Hi {SEC}, forwarding this from the phone system. This came in on the ward line at 23:14 last night. I have listened to it three times. It is the same man as in October I am sure, same voice. Cllr Sandhu doesn't know yet, I am telling you first because he has surgery Saturday at the gurdwara hall. What should I do? I can send the audio file.

Harjit""",
          """Voicemail from: Withheld
Duration: 0:41
Transcription (automatic, may contain errors):

"yeah this message is for sandhu. oye sandhu sun le. you think you are big neta now yeah. you sold out our biradari for the gora votes. saturday you're at the hall innit. we'll be there. apna dhyan rakhna. don't bring your son this time. we'll break your legs one by one, let's see who protect you then"
""",
          "Ward Line Voicemail <voicemail@phone.example.net>", "New voicemail from Withheld (0:41)", style="outlook"))

# 27 HTML-only, Arabic machine translation: burn the earth under your feet
c.add("safety", subject="Final message", sender=("Khaled", "khaled.alhamdani@outlook.com"), fmt="html",
      tags=("html-only", "veiled", "machine-translated", "non-native"),
      html_body="""<html><body dir="ltr" style="font-family:Tahoma;font-size:14px">
<p>To the members of the Labour Party in the municipality</p>
<p>We have sent you more than one letter about the matter of the mosque car park and the council did not answer. Your councillor Mrs. Linda Ward is the one who stopped the permission, we know this from the inside.</p>
<p>We will burn the ground under her feet. She will not find a place that she is safe in it in this city, not in the council building and not in her house. She has been warned and who warns is excused.</p>
<p>Khaled</p>
<p><span style="color:#999">Sent from Outlook for Android</span></p>
</body></html>""",
      body="")

# 28 Portuguese-Brazilian: wish harm while denying threat
c.add("safety", subject="sobre a vereadora / about councilor", sender=("Jussara Lima", "jussaralima.uk@gmail.com"),
      tags=("wish-harm", "non-native", "mixed-language"),
      body="""Hi good afternoon,

I am brazilian and working in cleaning 9 years in this city. Councilor Mrs Bailey she said in the local radio that "many foreign workers dont pay tax". This is lie, I have all my payslips.

I dont say somebody must do nothing to her, I am christian woman. But if she fall in the stairs one day and break her neck I will not cry. Deus vê tudo. And many people in my church think the same, some think worst than me. She must be careful where she walk.

Jussara
""")

# 29 Suspicious item, Bengali volunteer
c.add("safety", subject="box outside office door this morning", sender=("Tanvir Hossain", "tanvir.h@gmail.com"),
      tags=("suspicious-item", "third-party-report", "non-native"),
      body=f"""Hi {SEC},

I came to open the office at 8.15 for the leaflet collection and there is a cardboard box on the step, taped all round with brown tape, no name, no stamp. It has a smell like petrol or white spirit. Somebody written on top in black marker "FOR THE TRAITORS".

I did not touch it. I did not open the door either. I am standing at the bus shelter across road now. I rang 999 and they are sending someone. I told Mrs Patel not to come with the children for leaflet.

Please tell everybody not come to office today. I will update you when police come.

Tanvir
""")

# 30 Doxxing report, Ukrainian
c.add("safety", subject="Telegram channel with our addresses", sender=("Iryna Melnyk", "iryna.melnyk@gmail.com"),
      tags=("doxxing", "third-party-report", "non-native"),
      body=f"""Dear {SEC},

My friend sent me screenshots from a Telegram channel "Real Britain North" (around 4000 subscribers). Yesterday they posted a post with the title "Labour traitors who flood our town". There are photos of five people from our CLP taken at the stall at the market: you, Cllr Mitchell, Abdul, me, and the young man who does the social media (sorry I forgot his name).

Under the photos there are home addresses for three of them — Cllr Mitchell, Abdul, and me. My address is correct, flat number also. The text say "Pay them a visit, let them know what the town think. Don't be shy." And the comments are very bad, one says "rope" and one says he lives near me.

I have screenshots, I will send in second email because they are big. I am from Ukraine, I know what it means when somebody publish address with "visit". I am not going home tonight, I stay at my friend.

Iryna
""")

# 31 Pile-on, Somali family
c.add("safety", subject="please help my mother", sender=("Amina Farah", "amina.farah02@gmail.com"),
      tags=("pile-on", "harassment", "third-party-report", "non-native"),
      body="""Hi,

I am the daughter of Cllr Fadumo Farah. My mum doesnt like to complain so I am writing. Since she spoke in the council about the new mosque application there is hundreds of comments on X and TikTok, people sharing her photo with her hijab and writing "send her back", "she needs to be dealt with", "someone should pay her a visit". One account posted picture of our street sign.

Yesterday there was 300 new messages on her council email. Some say they know her grandchildren. She is 62. She is not sleeping.

Please can the party help, is there somebody who deals with this? The council say it is party matter and party say it is council matter. We are in the middle and nobody helps.

Amina
""")

# 32 Stalking, Lithuanian volunteer
c.add("safety", subject="man from canvassing", sender=("Greta Petrauskaite", "greta.petrauskaite@gmail.com"),
      tags=("stalking", "third-party-report", "non-native"),
      body=f"""Hello {SEC},

I am not sure is this right person for this, sorry. In September I was canvassing with the team in Hillside, and one man on Laburnum close talked with me long time at the door, he was nice first. I gave him my first name only.

Since then he found me on Instagram and on Facebook, I blocked him. Then he came to my work (I work in the pharmacy on High street) three times and stand outside. Last week he waited at my bus stop and said he "just wants to talk about politics". Yesterday there was a card in my post box at home, he wrote "you can't hide from me Greta". I never told him where I live.

I don't want to go canvassing any more if he can see the canvass lists. Can you check if somebody give him my details? And what I should do?

Greta
""")

# 33 Harassment, Scots, 14th email
c.add("safety", subject="14th email - STILL NO ANSWER", sender=("W. Kerr", "willie.kerr55@aol.com"),
      tags=("harassment", "implicit", "dialect", "noisy"),
      body="""This is ma 14th email. FOURTEEN. Ye kin see them aw in yer inbox if ye bothered yer arse tae look.

Ah've rang the office, ah've been tae the surgery twice, ah've wrote tae the paper. Naebody answers. Fine. Ah'll keep comin. Ah'll be at every meetin, every street stall, every door ye chap. Ah'll be standin ootside that lassie Morrison's hoose every mornin when she leaves fur her work till somebody sorts ma roof. She kens ma face by noo. See how she likes it.

W Kerr
""")

# 34 Teen / spaced-out words
c.add("safety", subject="lol", sender=("xx_reeceee_xx", "reece.j2009@gmail.com"),
      tags=("explicit", "noisy"),
      body="""ur councillor shut the youth club so now theres nothin to do round here. so we r gonna find him instead 😂😂 k i l l that guy fr. we no his ride the black kia outside the co op every nite. not even jokin bro watch
""")

# 35 Mostly Polish, threat
c.add("safety", subject="Radna / councillor Kowalczyk", sender=("Zbigniew", "zbyszek.k@onet.pl"),
      tags=("implicit", "non-native", "mixed-language"),
      body="""Hello, this is for councillor Agata Kowalczyk, she is Polish so she will understand.

Pani Agato, myślisz że jak jesteś w Labour to jesteś lepsza od nas. Załatwiłaś mieszkanie komunalne dla swojej rodziny a my czekamy 6 lat. Zapłacisz za to. Wiem gdzie mieszkasz i wiem gdzie pracuje twój mąż. Pozdrów go ode mnie.

Z.
""")

# 36 Machine-translated Turkish: don't play with fire
c.add("safety", subject="Warning about the election", sender=("Hasan Demir", "hasandemir1979@gmail.com"),
      tags=("veiled", "machine-translated", "non-native"),
      body="""Hello,

I am writing from the Turkish community association of the district. The candidate that you put for the Riverside ward, Mrs. Aylin, does not represent our community and everyone knows that her family is on the wrong side.

Do not play with fire. Her family also lives in this city, her father's shop is in Green Lanes and her brothers are young. When the fire is lit it does not look at the wet and the dry. You have been informed, and after that what happens is not on our neck.

Respectfully
""")

# 37 Nigerian older writer, long, threat in the middle
c.add("safety", subject="FORMAL COMPLAINT AND NOTICE: Conduct of the Branch Chair", sender=("Elder Samuel Adebayo", "samueladebayo.jp@gmail.com"),
      tags=("embedded", "veiled", "non-native", "older-writer"),
      body=f"""Dear Secretary,

RE: CONDUCT OF THE BRANCH CHAIR, MR. GRAHAM FOSTER, AT THE MEETING OF 12TH INSTANT

I write as a member of this great party for upward of twenty-two years, a retired civil servant of the Federal Republic of Nigeria and later of Her Majesty's Customs, a Justice of the Peace in my home state, and an elder of the Redeemed Christian Church of God, Mount Zion Parish.

At the said meeting, the Chair, Mr. Foster, refused to recognise me three times although my hand was raised for the better part of forty minutes. When finally he called me he cut me short after barely one minute, saying, and I quote, "we have heard enough from you, Samuel". He addressed me by my first name like a small boy. I am old enough to be his father. In our culture this is the height of disrespect.

Furthermore, he allowed the young lady secretary of the branch to laugh openly while I was speaking. Nobody called her to order.

I have instructed my children to keep a record. Mr. Foster should know that I have people, and my people do not forget an insult to their elder. He lives on Beech Avenue, I know the house, my nephew's wife cleans for the family next door. Let him enjoy his peace while it lasts, because very soon he will have no peace morning or night. I leave it at that.

I therefore demand:
1. A written apology from Mr. Foster to be read at the next branch meeting.
2. That the secretary of the branch be warned about her conduct.
3. That I be given ten minutes at the next meeting to address members on the matter of respect for elders.

I await your response within seven days.

Yours in the service of the party,
Elder Samuel O. Adebayo JP
""")

# 38 Scots women's officer: followed to bus stop
c.add("safety", subject="After GC last night - not okay", sender=("Morag Sinclair", "moragsinclair@gmail.com"),
      tags=("following", "third-party-report", "stalking", "dialect"),
      body=f"""{SEC},

Need tae flag this properly, no just in the WhatsApp.

Efter the GC last night a man that wisnae a delegate (he'd been sittin at the back as an observer, grey jacket, fifties, ye'll mind him, he asked aboot the trans policy) followed me oot. He walked behind me the whole way doon Dumbarton Road tae the bus stop, ten metres back, stoppin when I stopped. At the stop he came up and said "nice wee flat you've got on Crow Road, the one wi the blue close door. You should get a better lock." Then he walked off.

I've never met him. I've no idea how he knows where I live. I'm stayin at ma sister's the night.

I've reported it tae Police Scotland, ref on request. Can we please (1) find oot who signed him in, (2) stop observers gettin the attendance list, (3) get someone tae walk folk tae the bus efter meetings.

Morag
Women's Officer
""")

# 39 Romanian, ALL CAPS, explicit
c.add("safety", subject="I WILL BREAK HIS HEAD", sender=("Costel", "costel.barbu@yahoo.com"),
      tags=("explicit", "noisy", "non-native"),
      body="""THE MAN FROM YOUR PARTY WHO PUT THE LEAFLET IN MY DOOR TODAY AND SAY TO MY WIFE "GO BACK HOME IF YOU DONT LIKE" I KNOW HIS FACE. WHITE HAIR RED JACKET. NEXT TIME HE COME ON LINDEN STREET I WILL BREAK HIS HEAD. IM NOT JOKING. II SPARG CAPUL. TELL HIM.
""")

# 40 Urdu/Punjabi wish-harm with car knowledge
c.add("safety", subject="Cllr Iqbal", sender=("Naveed Akhtar", "naveedakhtar@live.co.uk"),
      tags=("wish-harm", "implicit", "non-native"),
      body="""Assalamu alaikum.

This Iqbal sahib he came to us in every election begging for vote, in the masjid, at the weddings, and now he is supporting the council closing the Lozells youth project where my two sons go.

I am not saying nothing. Allah will punish him, Allah sees everything. I pray his car crash on the ring road one day, the white Mercedes he is so proud with. And if somebody helps Allah little bit, I will not complain. We know where he park it at night, outside his brother's house on Wheeler street, everybody knows.

Naveed
""")

c.write()
