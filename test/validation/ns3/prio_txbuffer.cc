// Strict priority with a 1-packet device queue (NetLoom's `txBuffer: 1`), ns-3.37 (Debian
// libns3-dev 3.37-2): which packet the queue disc hands to the device when packets reach a port
// at the very instant a transmission ends. Issue 8, "model faults".
//
// Topology: hosts H1..Hn -- S -- RX.  H1 sends a bulk burst; each other host sends one packet.
//   Hk -> S: 1 Gbit/s, 500 ns; S -> RX: 100 Mbit/s, 500 ns (S is an IPv4 router, global routing).
// Every egress port (hosts and S) has the queueing of the R1-prio anchor
// (../../../../shared/anchors/ns3/r1_line_cell.cc, README "Queues"): a PrioQueueDisc with two
// FifoQueueDisc bands, DSCP EF -> band 0, anything else -> band 1, and a device TxQueue of 1 packet.
// Sizes are IP packet sizes; the wire adds the 2-byte PPP header.
//
// Packets: --bulk=N packets of --bulkBytes from H1 at --bulkAt (one event), and --late=SPEC, a
// comma-separated list of host:class:sendNs (class ef or be, host >= 1; host 1 is H1), each one
// packet of --lateBytes, sent in the order listed when their times tie.  --switchLimit is the
// capacity of each band at S (packets); hosts hold 1000.
//
// Output: one JSON object on stdout: the parameters, and per packet its send and receive times
// in ns (receive null when dropped, with the time and node of the drop).
//
// Build and run: ./prio_txbuffer.sh (builds with the anchor's flags, runs every variant).

#include "ns3/core-module.h"
#include "ns3/internet-module.h"
#include "ns3/ipv4-packet-filter.h"
#include "ns3/ipv4-queue-disc-item.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/traffic-control-module.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

// 8-byte application header inside the UDP payload: packet index, so the sink and the drop trace
// know which packet they see.  It does not change the packet size.
class PacketIdHeader : public Header
{
  public:
    uint64_t id = 0;

    static TypeId GetTypeId()
    {
        static TypeId tid = TypeId("ns3::PrioTxBufferIdHeader")
                                .SetParent<Header>()
                                .AddConstructor<PacketIdHeader>();
        return tid;
    }

    TypeId GetInstanceTypeId() const override
    {
        return GetTypeId();
    }

    uint32_t GetSerializedSize() const override
    {
        return 8;
    }

    void Serialize(Buffer::Iterator i) const override
    {
        i.WriteHtonU64(id);
    }

    uint32_t Deserialize(Buffer::Iterator i) override
    {
        id = i.ReadNtohU64();
        return 8;
    }

    void Print(std::ostream& os) const override
    {
        os << "id=" << id;
    }
};

// DSCP EF -> band 0, anything else -> band 1 (read from the IPv4 header at every hop).
class EfFilter : public Ipv4PacketFilter
{
  public:
    static TypeId GetTypeId()
    {
        static TypeId tid = TypeId("ns3::PrioTxBufferEfFilter")
                                .SetParent<Ipv4PacketFilter>()
                                .AddConstructor<EfFilter>();
        return tid;
    }

  private:
    int32_t DoClassify(Ptr<QueueDiscItem> item) const override
    {
        Ptr<Ipv4QueueDiscItem> ip = DynamicCast<Ipv4QueueDiscItem>(item);
        if (!ip)
        {
            return PacketFilter::PF_NO_MATCH;
        }
        return ip->GetHeader().GetDscp() == Ipv4Header::DSCP_EF ? 0 : 1;
    }
};

NS_OBJECT_ENSURE_REGISTERED(EfFilter);

struct Pkt
{
    std::string flow; // "bulk" or "late"
    uint32_t seq;     // index within the flow
    uint32_t host;    // 1-based sending host
    bool ef;
    uint32_t bytes; // IP packet size
    int64_t sendNs;
    int64_t recvNs = -1;
    int64_t dropNs = -1;
    std::string dropAt;
};

std::vector<Pkt> g_pkts;

void
SendBatch(Ptr<Socket> socket, std::vector<uint64_t> ids)
{
    for (uint64_t id : ids)
    {
        PacketIdHeader h;
        h.id = id;
        Ptr<Packet> p = Create<Packet>(g_pkts[id].bytes - 20 - 8 - h.GetSerializedSize());
        p->AddHeader(h);
        socket->Send(p);
    }
}

void
SinkRecv(Ptr<Socket> socket)
{
    Ptr<Packet> p;
    while ((p = socket->Recv()))
    {
        PacketIdHeader h;
        p->RemoveHeader(h);
        g_pkts.at(h.id).recvNs = Simulator::Now().GetNanoSeconds();
    }
}

void
Dropped(std::string where, Ptr<const QueueDiscItem> item)
{
    Ptr<Packet> p = item->GetPacket()->Copy(); // the IPv4 header is held apart in the item
    UdpHeader udp;
    p->RemoveHeader(udp);
    PacketIdHeader h;
    p->RemoveHeader(h);
    g_pkts.at(h.id).dropNs = Simulator::Now().GetNanoSeconds();
    g_pkts.at(h.id).dropAt = where;
}

} // namespace

int
main(int argc, char* argv[])
{
    std::string variant = "ef-at-txend";
    uint32_t bulk = 10;
    uint32_t bulkBytes = 1000;
    int64_t bulkAt = 0;
    uint32_t lateBytes = 100;
    std::string late = "2:ef:87360";
    uint32_t switchLimit = 1000;
    uint32_t hostLimit = 1000;

    CommandLine cmd(__FILE__);
    cmd.AddValue("variant", "label printed in the JSON", variant);
    cmd.AddValue("bulk", "bulk packets from H1", bulk);
    cmd.AddValue("bulkBytes", "IP size of a bulk packet [B]", bulkBytes);
    cmd.AddValue("bulkAt", "send time of the bulk burst [ns]", bulkAt);
    cmd.AddValue("late", "host:class:sendNs,... one packet each (class ef|be)", late);
    cmd.AddValue("lateBytes", "IP size of a late packet [B]", lateBytes);
    cmd.AddValue("switchLimit", "capacity of each band at S [packets]", switchLimit);
    cmd.AddValue("hostLimit", "capacity of each band at the hosts [packets]", hostLimit);
    cmd.Parse(argc, argv);

    uint32_t hosts = 1;
    for (uint32_t i = 0; i < bulk; ++i)
    {
        g_pkts.push_back({"bulk", i, 1, false, bulkBytes, bulkAt});
    }
    {
        std::stringstream ss(late);
        std::string item;
        uint32_t seq = 0;
        while (std::getline(ss, item, ','))
        {
            uint32_t host = 0;
            char cls[8] = {0};
            long long at = 0;
            NS_ABORT_MSG_IF(std::sscanf(item.c_str(), "%u:%7[a-z]:%lld", &host, cls, &at) != 3 ||
                                host < 1 || (std::string(cls) != "ef" && std::string(cls) != "be"),
                            "bad --late entry " << item << " (expected host:ef|be:sendNs)");
            g_pkts.push_back({"late", seq++, host, std::string(cls) == "ef", lateBytes, at});
            hosts = std::max(hosts, host);
        }
    }

    // ---------------- topology ----------------
    Ptr<Node> sw = CreateObject<Node>();
    Ptr<Node> rx = CreateObject<Node>();
    std::vector<Ptr<Node>> h(hosts + 1);
    NodeContainer all(sw, rx);
    for (uint32_t k = 1; k <= hosts; ++k)
    {
        h[k] = CreateObject<Node>();
        all.Add(h[k]);
    }
    InternetStackHelper stack;
    stack.Install(all);

    auto prio = [](uint32_t limit) {
        TrafficControlHelper tch;
        uint16_t root = tch.SetRootQueueDisc("ns3::PrioQueueDisc",
                                             "Priomap",
                                             StringValue("1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1"));
        TrafficControlHelper::ClassIdList cid =
            tch.AddQueueDiscClasses(root, 2, "ns3::QueueDiscClass");
        for (uint32_t b = 0; b < 2; ++b)
        {
            tch.AddChildQueueDisc(root,
                                  cid[b],
                                  "ns3::FifoQueueDisc",
                                  "MaxSize",
                                  StringValue(std::to_string(limit) + "p"));
        }
        tch.AddPacketFilter(root, "ns3::PrioTxBufferEfFilter");
        return tch;
    };

    Ipv4AddressHelper addr;
    addr.SetBase("10.0.0.0", "255.255.255.252");
    // a: the host side (its limit), b: S (switchLimit)
    auto connect = [&](Ptr<Node> a, Ptr<Node> b, const char* rate, uint32_t limitA) {
        PointToPointHelper p2p;
        p2p.SetDeviceAttribute("DataRate", StringValue(rate));
        p2p.SetChannelAttribute("Delay", TimeValue(NanoSeconds(500)));
        p2p.SetQueue("ns3::DropTailQueue<Packet>", "MaxSize", StringValue("1p"));
        NetDeviceContainer d = p2p.Install(a, b);
        QueueDiscContainer qa = prio(limitA).Install(d.Get(0));
        QueueDiscContainer qb = prio(switchLimit).Install(d.Get(1));
        qb.Get(0)->TraceConnectWithoutContext("Drop", MakeBoundCallback(&Dropped, std::string("S")));
        qa.Get(0)->TraceConnectWithoutContext(
            "Drop",
            MakeBoundCallback(&Dropped, std::string(a == rx ? "RX" : "host")));
        Ipv4InterfaceContainer ifc = addr.Assign(d);
        addr.NewNetwork();
        return ifc;
    };

    Ipv4Address rxAddr = connect(rx, sw, "100Mbps", hostLimit).GetAddress(0);
    for (uint32_t k = 1; k <= hosts; ++k)
    {
        connect(h[k], sw, "1Gbps", hostLimit);
    }
    Ipv4GlobalRoutingHelper::PopulateRoutingTables();

    const uint16_t port = 9;
    Ptr<Socket> sink = Socket::CreateSocket(rx, UdpSocketFactory::GetTypeId());
    sink->Bind(InetSocketAddress(Ipv4Address::GetAny(), port));
    sink->SetRecvCallback(MakeCallback(&SinkRecv));

    // one socket per host and class; sends are scheduled in packet order (bulk first, then
    // --late as listed), so same-instant sends run in that order
    std::map<std::pair<uint32_t, bool>, Ptr<Socket>> sockets;
    auto socketFor = [&](uint32_t host, bool ef) {
        Ptr<Socket>& s = sockets[{host, ef}];
        if (!s)
        {
            s = Socket::CreateSocket(h[host], UdpSocketFactory::GetTypeId());
            s->Bind();
            s->Connect(InetSocketAddress(rxAddr, port));
            if (ef)
            {
                s->SetIpTos(0xb8); // after Connect, which resets the TOS (see the R1 anchor)
            }
        }
        return s;
    };
    std::vector<uint64_t> bulkIds;
    for (uint64_t id = 0; id < g_pkts.size(); ++id)
    {
        if (g_pkts[id].flow == "bulk")
        {
            bulkIds.push_back(id);
        }
    }
    if (!bulkIds.empty())
    {
        Simulator::Schedule(NanoSeconds(bulkAt), &SendBatch, socketFor(1, false), bulkIds);
    }
    for (uint64_t id = bulkIds.size(); id < g_pkts.size(); ++id)
    {
        const Pkt& p = g_pkts[id];
        Simulator::Schedule(NanoSeconds(p.sendNs),
                            &SendBatch,
                            socketFor(p.host, p.ef),
                            std::vector<uint64_t>{id});
    }

    Simulator::Stop(Seconds(1));
    Simulator::Run();
    Simulator::Destroy();

    // ---------------- output ----------------
    std::ostringstream js;
    js << "{\n  \"variant\": \"" << variant << "\",\n";
    js << "  \"params\": {\"bulk\": " << bulk << ", \"bulkBytes\": " << bulkBytes
       << ", \"bulkAt\": " << bulkAt << ", \"late\": \"" << late << "\", \"lateBytes\": " << lateBytes
       << ", \"switchLimit\": " << switchLimit << ", \"hostLimit\": " << hostLimit << "},\n";
    js << "  \"packets\": [\n";
    for (size_t i = 0; i < g_pkts.size(); ++i)
    {
        const Pkt& p = g_pkts[i];
        js << "    {\"flow\": \"" << p.flow << "\", \"seq\": " << p.seq << ", \"host\": " << p.host
           << ", \"class\": \"" << (p.ef ? "ef" : "be") << "\", \"bytes\": " << p.bytes
           << ", \"send_ns\": " << p.sendNs;
        if (p.recvNs >= 0)
        {
            js << ", \"recv_ns\": " << p.recvNs << ", \"delay_ns\": " << (p.recvNs - p.sendNs);
        }
        else
        {
            js << ", \"recv_ns\": null, \"drop_ns\": " << p.dropNs << ", \"drop_at\": \"" << p.dropAt
               << "\"";
        }
        js << "}" << (i + 1 < g_pkts.size() ? ",\n" : "\n");
    }
    js << "  ]\n}\n";
    std::cout << js.str();
    return 0;
}
